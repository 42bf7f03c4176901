-- Rollups of referral_statistics (V64) for the country and province views of the dashboard. referral_statistics
-- keeps every combination of month, district, sending and identifying agency, service type, outcome and whole hours
-- to acceptance: nearly a row per referral, so a country year read every referral of the year. The dashboard needs
-- only the counts by province and identifying agency type, and the median time to acceptance, which must stay
-- exact: the hours are kept apart, per whole day (to find the day the median falls in) and per hour (read for that
-- day only). Kept from referral_statistics' own changes, in the same transaction, by the triggers below.

create table referral_statistics_rollup (
    month         date        not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null, -- of the case's identifying agency
    service_type  varchar(40) not null,
    accepted      boolean     not null,
    declined      boolean     not null,
    completed     boolean     not null,
    overdue       boolean     not null,
    referrals     integer     not null,
    primary key (month, province_code, agency_type, service_type, accepted, declined, completed, overdue)
);

-- Accepted referrals by whole days from sending to acceptance (hours / 24).
create table referral_acceptance_days (
    month         date        not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null,
    days          integer     not null,
    referrals     integer     not null,
    primary key (month, province_code, agency_type, days)
);

-- The same by whole hours, leading with the day: the median reads one day's hours.
create table referral_acceptance_hours (
    days          integer     not null,
    month         date        not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null,
    hours         integer     not null,
    referrals     integer     not null,
    primary key (days, month, province_code, agency_type, hours)
);

-- Adds the given referral_statistics rows' referrals (a delta, may be negative) to the rollups, in key order.
create function reporting_referral_rollup_add(rows_json jsonb) returns void
    language sql as
$$
with r as (
    select e.*, a.type as agency_type
    from jsonb_to_recordset(rows_json) e(month date, province_code varchar, identifying_agency_id bigint,
                                         service_type varchar, accepted boolean, declined boolean, completed boolean,
                                         overdue boolean, hours_to_accept integer, referrals integer)
    join agency a on a.id = e.identifying_agency_id
), by_service as (
    insert into referral_statistics_rollup as s (month, province_code, agency_type, service_type, accepted, declined,
                                                 completed, overdue, referrals)
    select month, province_code, agency_type, service_type, accepted, declined, completed, overdue, sum(referrals)
    from r group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(referrals) <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8
    on conflict (month, province_code, agency_type, service_type, accepted, declined, completed, overdue)
        do update set referrals = s.referrals + excluded.referrals
), by_day as (
    insert into referral_acceptance_days as s (month, province_code, agency_type, days, referrals)
    select month, province_code, agency_type, hours_to_accept / 24, sum(referrals)
    from r where accepted group by 1, 2, 3, 4 having sum(referrals) <> 0 order by 1, 2, 3, 4
    on conflict (month, province_code, agency_type, days) do update set referrals = s.referrals + excluded.referrals
)
insert into referral_acceptance_hours as s (days, month, province_code, agency_type, hours, referrals)
select hours_to_accept / 24, month, province_code, agency_type, hours_to_accept, sum(referrals)
from r where accepted group by 1, 2, 3, 4, 5 having sum(referrals) <> 0 order by 1, 2, 3, 4, 5
on conflict (days, month, province_code, agency_type, hours) do update set referrals = s.referrals + excluded.referrals
$$;

create function reporting_referral_rollup_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform reporting_referral_rollup_add((select coalesce(jsonb_agg(to_jsonb(n)), '[]') from new_rows n));
    else
        perform reporting_referral_rollup_add((select coalesce(jsonb_agg(d), '[]') from (
            select n.month, n.province_code, n.identifying_agency_id, n.service_type, n.accepted, n.declined,
                   n.completed, n.overdue, n.hours_to_accept, n.referrals - coalesce(o.referrals, 0) as referrals
            from new_rows n left join old_rows o
              on o.month = n.month and o.province_code = n.province_code and o.district_code = n.district_code
             and o.owning_agency_id = n.owning_agency_id and o.identifying_agency_id = n.identifying_agency_id
             and o.service_type = n.service_type and o.accepted = n.accepted and o.declined = n.declined
             and o.completed = n.completed and o.overdue = n.overdue and o.hours_to_accept = n.hours_to_accept
            where n.referrals - coalesce(o.referrals, 0) <> 0) d));
    end if;
    return null;
end
$$;

-- referral_statistics rows are only inserted and updated (V64 upserts, never deletes), hence two triggers.
create trigger referral_statistics_rollup_on_insert after insert on referral_statistics
    referencing new table as new_rows for each statement execute function reporting_referral_rollup_change();
create trigger referral_statistics_rollup_on_update after update on referral_statistics
    referencing old table as old_rows new table as new_rows for each statement execute function reporting_referral_rollup_change();

-- What every referral-derived table holds when counted from scratch, each from its source: the referrals for
-- case_referral_sent and referral_statistics (the same statements as V63 and V64 filled them with), the lower table
-- for each rollup. ReferralStatisticsMaintenanceTest compares the trigger-kept tables with these.
create view case_referral_sent_recount as
select reporting_referral_sent_year(r.sent_at) as sent_year, r.case_id, a.type as agency_type,
       count(*)::integer as referrals
from referral r join agency a on a.id = r.to_agency_id
where r.sent_at is not null
group by 1, 2, 3;

create view referral_statistics_recount as
select date_trunc('month', r.sent_at at time zone 'Asia/Karachi')::date as month,
       r.case_province_code as province_code, r.case_district_code as district_code,
       r.from_agency_id as owning_agency_id, c.identifying_agency_id, r.service_type,
       r.accepted_at is not null as accepted, r.declined_at is not null as declined,
       r.completed_at is not null as completed, r.overdue,
       coalesce(floor(extract(epoch from r.accepted_at - r.sent_at) / 3600)::integer, -1) as hours_to_accept,
       count(*)::integer as referrals
from referral r join victim_case c on c.id = r.case_id
where r.sent_at is not null
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;

create view referral_statistics_rollup_recount as
select s.month, s.province_code, a.type as agency_type, s.service_type, s.accepted, s.declined, s.completed,
       s.overdue, sum(s.referrals)::integer as referrals
from referral_statistics s join agency a on a.id = s.identifying_agency_id
group by 1, 2, 3, 4, 5, 6, 7, 8
having sum(s.referrals) <> 0;

create view referral_acceptance_hours_recount as
select s.hours_to_accept / 24 as days, s.month, s.province_code, a.type as agency_type, s.hours_to_accept as hours,
       sum(s.referrals)::integer as referrals
from referral_statistics s join agency a on a.id = s.identifying_agency_id
where s.accepted
group by 1, 2, 3, 4, 5
having sum(s.referrals) <> 0;

create view referral_acceptance_days_recount as
select month, province_code, agency_type, days, sum(referrals)::integer as referrals
from referral_acceptance_hours_recount
group by 1, 2, 3, 4;

-- Recounts the rollups from referral_statistics (after an agency's type changed: they group by it).
create function reporting_referral_rollup_rebuild() returns void
    language sql as
$$
delete from referral_statistics_rollup;
delete from referral_acceptance_days;
delete from referral_acceptance_hours;
insert into referral_statistics_rollup (month, province_code, agency_type, service_type, accepted, declined, completed,
                                        overdue, referrals)
select month, province_code, agency_type, service_type, accepted, declined, completed, overdue, referrals
from referral_statistics_rollup_recount;
insert into referral_acceptance_hours (days, month, province_code, agency_type, hours, referrals)
select days, month, province_code, agency_type, hours, referrals from referral_acceptance_hours_recount;
insert into referral_acceptance_days (month, province_code, agency_type, days, referrals)
select month, province_code, agency_type, days, referrals from referral_acceptance_days_recount;
$$;

create function reporting_referral_rollup_rebuild_trigger() returns trigger
    language plpgsql as
$$
begin
    perform reporting_referral_rollup_rebuild();
    return null;
end
$$;

create trigger agency_type_change_rebuilds_referral_rollups after update of type on agency
    for each row when (old.type is distinct from new.type) execute function reporting_referral_rollup_rebuild_trigger();

-- Recounts every table derived from the referrals, from scratch, in one set-based pass: for a bulk load of referrals
-- written with the row triggers of referral disabled (benchmark/StatisticsBenchmark.java). The statement triggers
-- that keep the lower tables' dependants are off meanwhile, since each table is recounted from its own source.
create function reporting_referral_recount() returns void
    language plpgsql as
$$
begin
    alter table case_referral_sent disable trigger referred_person_on_sent_insert;
    alter table referral_statistics disable trigger referral_statistics_rollup_on_insert;
    truncate case_referral_sent, referred_person, referred_person_rollup, referral_statistics;
    insert into case_referral_sent (sent_year, case_id, agency_type, referrals)
    select sent_year, case_id, agency_type, referrals from case_referral_sent_recount;
    insert into referred_person (sent_year, person_id, month, province_code, district_code, owning_agency_id,
                                 identifying_agency_id, referrals, government_referrals, ngo_referrals)
    select sent_year, person_id, month, province_code, district_code, owning_agency_id, identifying_agency_id,
           referrals, government_referrals, ngo_referrals
    from referred_person_recount;
    perform reporting_referred_person_rollup_rebuild();
    insert into referral_statistics (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                     service_type, accepted, declined, completed, overdue, hours_to_accept, referrals)
    select month, province_code, district_code, owning_agency_id, identifying_agency_id, service_type, accepted,
           declined, completed, overdue, hours_to_accept, referrals
    from referral_statistics_recount;
    perform reporting_referral_rollup_rebuild();
    alter table case_referral_sent enable trigger referred_person_on_sent_insert;
    alter table referral_statistics enable trigger referral_statistics_rollup_on_insert;
end
$$;

-- The referrals counted before this migration.
select reporting_referral_rollup_rebuild();
