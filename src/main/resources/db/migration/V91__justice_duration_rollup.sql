-- Day counts behind the dashboard's justice medians (issue 16): the median days from the FIR to the first charge sheet
-- and from the first charge sheet to the first verdict. Taken from the accused themselves they read every accused of
-- the scope with a first charge sheet or verdict in the period, 0.5-0.9 s at 400,000 accused. justice_durations holds,
-- per registering agency, district of the FIR, month of the day that ends the interval and measure, how many accused
-- took how many days:
--   FIR_TO_CHARGE_SHEET      first_charge_sheet_on - the FIR's registered_on, in the month of the first charge sheet;
--   CHARGE_SHEET_TO_VERDICT  first_verdict_on - first_charge_sheet_on (any first verdict: conviction, acquittal,
--                            discharge or compromise), in the month of the first verdict.
-- The month is the one the dashboard's period selects by, so a period of whole months reads its days exactly and the
-- median over them is the same as over the accused (JusticeStatistics.medians). Kept in the transaction of every
-- change, whichever way the rows are written (the services, a COPY of the synthetic loader, plain SQL), by the
-- statement triggers below on accused (its first dates, its investigation) and investigation (its agency, district
-- and date move all its accused).

create table justice_durations (
    registering_agency_id bigint      not null,
    month                 date        not null,
    district_code         varchar(12) not null,
    measure               varchar(24) not null,
    days                  integer     not null,
    n                     integer     not null,
    primary key (registering_agency_id, month, district_code, measure, days)
);
-- The country and the provinces read by month, an agency by its key (as justice_statistics).
create index justice_durations_month_idx on justice_durations (month);

-- The intervals one accused person has closed, with the day that closed each: none before a charge sheet.
create function justice_accused_durations(registered_on date, charge_sheet_on date, verdict_on date)
    returns table (day date, measure varchar, days integer)
    language sql immutable as
$$
select charge_sheet_on, 'FIR_TO_CHARGE_SHEET'::varchar, charge_sheet_on - registered_on
where charge_sheet_on is not null
union all
select verdict_on, 'CHARGE_SHEET_TO_VERDICT'::varchar, verdict_on - charge_sheet_on
where verdict_on is not null and charge_sheet_on is not null
$$;

-- Adds the intervals of the given accused (investigation_id, first_charge_sheet_on, first_verdict_on and sign: +1 to
-- add them, -1 to take them away), placed by their investigation as it stands, in key order so that writers never
-- deadlock.
create function justice_durations_add(accused_json jsonb) returns void
    language sql as
$$
insert into justice_durations as s (registering_agency_id, month, district_code, measure, days, n)
select i.registering_agency_id, date_trunc('month', f.day)::date, i.district_code, f.measure, f.days, sum(acc.sign)
from jsonb_to_recordset(accused_json) acc(investigation_id bigint, first_charge_sheet_on date, first_verdict_on date,
                                          sign integer)
join investigation i on i.id = acc.investigation_id
cross join lateral justice_accused_durations(i.registered_on, acc.first_charge_sheet_on, acc.first_verdict_on) f
group by 1, 2, 3, 4, 5 having sum(acc.sign) <> 0 order by 1, 2, 3, 4, 5
on conflict (registering_agency_id, month, district_code, measure, days) do update set n = s.n + excluded.n
$$;

-- Accused added, deleted, or with a first charge sheet or first verdict recorded or changed, or moved to another
-- investigation (an update touching none of these, such as the next hearing or the latest verdict, changes nothing).
create function justice_durations_accused_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform justice_durations_add((select coalesce(jsonb_agg(r), '[]') from (
            select investigation_id, first_charge_sheet_on, first_verdict_on, 1 as sign from new_rows) r));
    elsif tg_op = 'DELETE' then
        perform justice_durations_add((select coalesce(jsonb_agg(r), '[]') from (
            select investigation_id, first_charge_sheet_on, first_verdict_on, -1 as sign from old_rows) r));
    else
        perform justice_durations_add((select coalesce(jsonb_agg(r), '[]') from (
            select x.investigation_id, x.first_charge_sheet_on, x.first_verdict_on, x.sign
            from (select n.investigation_id, n.first_charge_sheet_on, n.first_verdict_on, 1 as sign,
                         (o.investigation_id, o.first_charge_sheet_on, o.first_verdict_on)
                             is distinct from (n.investigation_id, n.first_charge_sheet_on, n.first_verdict_on) as changed
                  from new_rows n join old_rows o on o.id = n.id
                  union all
                  select o.investigation_id, o.first_charge_sheet_on, o.first_verdict_on, -1,
                         (o.investigation_id, o.first_charge_sheet_on, o.first_verdict_on)
                             is distinct from (n.investigation_id, n.first_charge_sheet_on, n.first_verdict_on)
                  from old_rows o join new_rows n on n.id = o.id) x
            where x.changed) r));
    end if;
    return null;
end
$$;

create trigger justice_durations_on_accused_insert after insert on accused
    referencing new table as new_rows for each statement execute function justice_durations_accused_change();
create trigger justice_durations_on_accused_update after update on accused
    referencing old table as old_rows new table as new_rows for each statement execute function justice_durations_accused_change();
create trigger justice_durations_on_accused_delete after delete on accused
    referencing old table as old_rows for each statement execute function justice_durations_accused_change();

-- An FIR moved to another agency, district or date: its accused's intervals are taken away from where the old row put
-- them and added where the new one does. (An investigation is registered before its accused and deleted after them,
-- so its own insert and delete change nothing here.)
create function justice_durations_investigation_change() returns trigger
    language plpgsql as
$$
begin
    insert into justice_durations as s (registering_agency_id, month, district_code, measure, days, n)
    select x.registering_agency_id, date_trunc('month', f.day)::date, x.district_code, f.measure, f.days, sum(x.sign)
    from (select o.id, o.registering_agency_id, o.district_code, o.registered_on, -1 as sign
          from old_rows o join new_rows n on n.id = o.id
          where (o.registering_agency_id, o.district_code, o.registered_on)
                is distinct from (n.registering_agency_id, n.district_code, n.registered_on)
          union all
          select n.id, n.registering_agency_id, n.district_code, n.registered_on, 1
          from new_rows n join old_rows o on o.id = n.id
          where (o.registering_agency_id, o.district_code, o.registered_on)
                is distinct from (n.registering_agency_id, n.district_code, n.registered_on)) x
    join accused acc on acc.investigation_id = x.id
    cross join lateral justice_accused_durations(x.registered_on, acc.first_charge_sheet_on, acc.first_verdict_on) f
    group by 1, 2, 3, 4, 5 having sum(x.sign) <> 0 order by 1, 2, 3, 4, 5
    on conflict (registering_agency_id, month, district_code, measure, days) do update set n = s.n + excluded.n;
    return null;
end
$$;

create trigger justice_durations_on_investigation_update after update on investigation
    referencing old table as old_rows new table as new_rows for each statement execute function justice_durations_investigation_change();

-- The accused recorded before this migration, by the same rules in one pass.
insert into justice_durations (registering_agency_id, month, district_code, measure, days, n)
select i.registering_agency_id, date_trunc('month', f.day)::date, i.district_code, f.measure, f.days, count(*)
from accused acc join investigation i on i.id = acc.investigation_id
cross join lateral justice_accused_durations(i.registered_on, acc.first_charge_sheet_on, acc.first_verdict_on) f
group by 1, 2, 3, 4, 5;
