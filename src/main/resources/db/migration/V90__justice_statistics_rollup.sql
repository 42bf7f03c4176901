-- Monthly rollup of the justice figures of the annual report and the dashboard (issue 16). Counting them from the
-- base tables read every investigation of the scope's period and every accused person with a first date in it, 3 s for
-- a year of an FIA circle at 200,000 investigations. justice_statistics holds, per registering agency, month, district
-- of the FIR and figure, how many there are, so that a year reads at most twelve rows per agency, district and figure.
-- The counting rules are the report's (reporting.annual.justiceRules):
--   INVESTIGATIONS  an investigation, in the month its FIR was registered;
--   PTPA, PSMA      the same, once under each of the two Acts among the FIR's offences;
--   ARRESTED        an accused person (once per investigation), in the month of the first arrest;
--   PROSECUTED      the same, in the month of the first charge sheet;
--   CONVICTED,      the same, in the month of the first verdict, by what that first verdict was (a discharge or a
--   ACQUITTED       compromise counts in neither).
-- Kept in the transaction of every change by the statement triggers below on investigation, investigation_offence and
-- accused, whichever way the rows are written (the services, a COPY of the synthetic loader, plain SQL).

-- The kind of the first verdict, kept by the investigations service with first_verdict_on (Accused.apply), so that the
-- rollup needs no look at the events.
alter table accused add column first_verdict varchar(12);
update accused acc set first_verdict = (
    select e.type from accused_event e
    where e.accused_id = acc.id and e.type in ('CONVICTED', 'ACQUITTED', 'DISCHARGED', 'COMPROMISED')
    order by e.occurred_on, e.id limit 1)
where acc.first_verdict_on is not null;

create table justice_statistics (
    registering_agency_id bigint      not null,
    month                 date        not null,
    district_code         varchar(12) not null,
    figure                varchar(16) not null,
    n                     integer     not null,
    primary key (registering_agency_id, month, district_code, figure)
);
-- The country and the provinces read by month, an agency by its key.
create index justice_statistics_month_idx on justice_statistics (month);

-- Adds the given counts (a delta, may be negative) to the rollup, in key order so that writers never deadlock.
create function justice_statistics_add(rows_json jsonb) returns void
    language sql as
$$
insert into justice_statistics as s (registering_agency_id, month, district_code, figure, n)
select e.registering_agency_id, date_trunc('month', e.day)::date, e.district_code, e.figure, sum(e.n)
from jsonb_to_recordset(rows_json) e(registering_agency_id bigint, day date, district_code varchar, figure varchar,
                                     n integer)
where e.day is not null and e.figure in ('INVESTIGATIONS', 'PTPA', 'PSMA', 'ARRESTED', 'PROSECUTED', 'CONVICTED', 'ACQUITTED')
group by 1, 2, 3, 4 having sum(e.n) <> 0 order by 1, 2, 3, 4
on conflict (registering_agency_id, month, district_code, figure) do update set n = s.n + excluded.n
$$;

-- What one accused person counts for (their investigation placing it), one row per figure and day.
create function justice_accused_figures(arrested_on date, charge_sheet_on date, verdict_on date, verdict varchar)
    returns table (day date, figure varchar)
    language sql immutable as
$$
select arrested_on, 'ARRESTED'::varchar where arrested_on is not null
union all
select charge_sheet_on, 'PROSECUTED'::varchar where charge_sheet_on is not null
union all
select verdict_on, verdict where verdict_on is not null and verdict in ('CONVICTED', 'ACQUITTED')
$$;

-- Everything an investigation counts for, placed where the given agency, district and date put it: itself, each Act
-- among its offences and each of its accused as they stand; delta is +1 to add it, -1 to take it away.
create function justice_investigation_figures(for_investigation bigint, agency bigint, district varchar, registered date,
                                              delta integer)
    returns table (registering_agency_id bigint, day date, district_code varchar, figure varchar, n integer)
    language sql stable as
$$
select agency, registered, district, 'INVESTIGATIONS'::varchar, delta
union all
select agency, registered, district, l.law, delta
from (select distinct f.law from investigation_offence o join offence f on f.code = o.offence_code
      where o.investigation_id = for_investigation and f.law in ('PTPA', 'PSMA')) l
union all
select agency, f.day, district, f.figure, delta
from accused acc
cross join lateral justice_accused_figures(acc.first_arrested_on, acc.first_charge_sheet_on, acc.first_verdict_on,
                                           acc.first_verdict) f
where acc.investigation_id = for_investigation
$$;

-- An investigation registered, deleted, or moved to another district or date (with its Acts and accused). Its
-- offences and accused are written after it and deleted before it, by their own triggers.
create function justice_investigation_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform justice_statistics_add((select coalesce(jsonb_agg(f), '[]')
            from new_rows i, justice_investigation_figures(i.id, i.registering_agency_id, i.district_code,
                                                           i.registered_on, 1) f));
    elsif tg_op = 'DELETE' then
        perform justice_statistics_add((select coalesce(jsonb_agg(f), '[]')
            from old_rows i, justice_investigation_figures(i.id, i.registering_agency_id, i.district_code,
                                                           i.registered_on, -1) f));
    else
        perform justice_statistics_add((select coalesce(jsonb_agg(f), '[]')
            from new_rows n join old_rows o on o.id = n.id
            cross join lateral (
                select * from justice_investigation_figures(o.id, o.registering_agency_id, o.district_code,
                                                            o.registered_on, -1)
                union all
                select * from justice_investigation_figures(n.id, n.registering_agency_id, n.district_code,
                                                            n.registered_on, 1)) f
            where (o.registering_agency_id, o.district_code, o.registered_on)
                  is distinct from (n.registering_agency_id, n.district_code, n.registered_on)));
    end if;
    return null;
end
$$;

create trigger justice_statistics_on_investigation_insert after insert on investigation
    referencing new table as new_rows for each statement execute function justice_investigation_change();
create trigger justice_statistics_on_investigation_update after update on investigation
    referencing old table as old_rows new table as new_rows for each statement execute function justice_investigation_change();
create trigger justice_statistics_on_investigation_delete after delete on investigation
    referencing old table as old_rows for each statement execute function justice_investigation_change();

-- Offences added to or taken from FIRs (changed: investigation_id, offence_code and sign, +1 added, -1 taken away). An
-- investigation counts under an Act while at least one of its offences is under it, so only the first offence of an
-- Act added and the last taken away change the counts: before the statement it held now_held - change of them.
create function justice_offences_changed(changed jsonb) returns void
    language sql as
$$
select justice_statistics_add((select coalesce(jsonb_agg(d), '[]') from (
    select i.registering_agency_id, i.registered_on as day, i.district_code, c.law as figure,
           (c.now_held > 0)::integer - (c.now_held - c.change > 0)::integer as n
    from (select x.investigation_id, f.law, sum(x.sign) as change,
                 (select count(*) from investigation_offence o join offence g on g.code = o.offence_code
                  where o.investigation_id = x.investigation_id and g.law = f.law) as now_held
          from jsonb_to_recordset(changed) x(investigation_id bigint, offence_code varchar, sign integer)
          join offence f on f.code = x.offence_code
          where f.law in ('PTPA', 'PSMA')
          group by x.investigation_id, f.law) c
    join investigation i on i.id = c.investigation_id) d))
$$;

create function justice_offence_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform justice_offences_changed((select coalesce(jsonb_agg(jsonb_build_object(
            'investigation_id', r.investigation_id, 'offence_code', r.offence_code, 'sign', 1)), '[]') from new_rows r));
    elsif tg_op = 'DELETE' then
        perform justice_offences_changed((select coalesce(jsonb_agg(jsonb_build_object(
            'investigation_id', r.investigation_id, 'offence_code', r.offence_code, 'sign', -1)), '[]') from old_rows r));
    else
        perform justice_offences_changed((select coalesce(jsonb_agg(jsonb_build_object(
            'investigation_id', r.investigation_id, 'offence_code', r.offence_code, 'sign', r.sign)), '[]')
            from (select n.investigation_id, n.offence_code, 1 as sign from new_rows n
                  union all select o.investigation_id, o.offence_code, -1 from old_rows o) r));
    end if;
    return null;
end
$$;

create trigger justice_statistics_on_offence_insert after insert on investigation_offence
    referencing new table as new_rows for each statement execute function justice_offence_change();
create trigger justice_statistics_on_offence_update after update on investigation_offence
    referencing old table as old_rows new table as new_rows for each statement execute function justice_offence_change();
create trigger justice_statistics_on_offence_delete after delete on investigation_offence
    referencing old table as old_rows for each statement execute function justice_offence_change();

-- Accused added, deleted, or with a first date or first verdict recorded: placed by their investigation as it stands
-- (its own triggers move them when the investigation moves).
create function justice_accused_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform justice_statistics_add((select coalesce(jsonb_agg(d), '[]') from (
            select i.registering_agency_id, f.day, i.district_code, f.figure, 1 as n
            from new_rows acc join investigation i on i.id = acc.investigation_id
            cross join lateral justice_accused_figures(acc.first_arrested_on, acc.first_charge_sheet_on,
                                                       acc.first_verdict_on, acc.first_verdict) f) d));
    elsif tg_op = 'DELETE' then
        perform justice_statistics_add((select coalesce(jsonb_agg(d), '[]') from (
            select i.registering_agency_id, f.day, i.district_code, f.figure, -1 as n
            from old_rows acc join investigation i on i.id = acc.investigation_id
            cross join lateral justice_accused_figures(acc.first_arrested_on, acc.first_charge_sheet_on,
                                                       acc.first_verdict_on, acc.first_verdict) f) d));
    else
        perform justice_statistics_add((select coalesce(jsonb_agg(d), '[]') from (
            select i.registering_agency_id, f.day, i.district_code, f.figure, acc.sign as n
            from (select n.*, 1 as sign from new_rows n join old_rows o on o.id = n.id
                  where (o.first_arrested_on, o.first_charge_sheet_on, o.first_verdict_on, o.first_verdict, o.investigation_id)
                        is distinct from (n.first_arrested_on, n.first_charge_sheet_on, n.first_verdict_on, n.first_verdict, n.investigation_id)
                  union all
                  select o.*, -1 from old_rows o join new_rows n on n.id = o.id
                  where (o.first_arrested_on, o.first_charge_sheet_on, o.first_verdict_on, o.first_verdict, o.investigation_id)
                        is distinct from (n.first_arrested_on, n.first_charge_sheet_on, n.first_verdict_on, n.first_verdict, n.investigation_id)) acc
            join investigation i on i.id = acc.investigation_id
            cross join lateral justice_accused_figures(acc.first_arrested_on, acc.first_charge_sheet_on,
                                                       acc.first_verdict_on, acc.first_verdict) f) d));
    end if;
    return null;
end
$$;

create trigger justice_statistics_on_accused_insert after insert on accused
    referencing new table as new_rows for each statement execute function justice_accused_change();
create trigger justice_statistics_on_accused_update after update on accused
    referencing old table as old_rows new table as new_rows for each statement execute function justice_accused_change();
create trigger justice_statistics_on_accused_delete after delete on accused
    referencing old table as old_rows for each statement execute function justice_accused_change();

-- The investigations and accused recorded before this migration, counted by the same rules in one pass.
insert into justice_statistics (registering_agency_id, month, district_code, figure, n)
select x.registering_agency_id, date_trunc('month', x.day)::date, x.district_code, x.figure, count(*)
from (select i.registering_agency_id, i.registered_on as day, i.district_code, 'INVESTIGATIONS'::varchar as figure
      from investigation i
      union all
      select i.registering_agency_id, i.registered_on, i.district_code, l.law
      from (select distinct o.investigation_id, f.law from investigation_offence o join offence f on f.code = o.offence_code
            where f.law in ('PTPA', 'PSMA')) l
      join investigation i on i.id = l.investigation_id
      union all
      select i.registering_agency_id, f.day, i.district_code, f.figure
      from accused acc join investigation i on i.id = acc.investigation_id
      cross join lateral justice_accused_figures(acc.first_arrested_on, acc.first_charge_sheet_on, acc.first_verdict_on,
                                                 acc.first_verdict) f) x
group by 1, 2, 3, 4;
