-- Rollups of case_statistics for the country and province views. case_statistics keeps every combination of month,
-- district, agency, sex, age band and exploitation types, which at a million cases is nearly a row per person; the
-- country dashboard and annual report need only one breakdown at a time, by province and identifying agency type.
-- These three tables hold those breakdowns (a few thousand rows a year) and are kept current from case_statistics'
-- own changes, in the same transaction, by the triggers below.

create table case_statistics_sex_age (
    month         date        not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null, -- of the identifying agency
    sex           varchar(12) not null,
    age_band      varchar(8)  not null,
    persons       integer     not null,
    primary key (month, province_code, agency_type, sex, age_band)
);

-- One row per exploitation type a person has; NONE for a person with none recorded; FORCED_OR_BONDED_LABOUR once
-- for a person with either, since the published "forced labour" figure counts such a person once.
create table case_statistics_exploitation (
    month             date        not null,
    province_code     varchar(8)  not null,
    agency_type       varchar(40) not null,
    exploitation_type varchar(30) not null,
    persons           integer     not null,
    primary key (month, province_code, agency_type, exploitation_type)
);

create table case_statistics_district (
    month         date        not null,
    district_code varchar(12) not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null,
    persons       integer     not null,
    primary key (month, district_code, agency_type)
);

-- Adds sign * persons of the given case_statistics rows to the rollups, in key order (no deadlocks between writers).
create function reporting_rollup_add(rows_json jsonb) returns void
    language sql as
$$
with r as (
    select (e ->> 'month')::date as month, e ->> 'province_code' as province_code, e ->> 'district_code' as district_code,
           (e ->> 'identifying_agency_id')::bigint as agency_id, e ->> 'sex' as sex, e ->> 'age_band' as age_band,
           array(select jsonb_array_elements_text(e -> 'exploitation_types'))::varchar[] as types,
           (e ->> 'persons')::integer as persons
    from jsonb_array_elements(rows_json) e
), typed as (
    select r.*, a.type as agency_type from r join agency a on a.id = r.agency_id
), sex_age as (
    insert into case_statistics_sex_age as s (month, province_code, agency_type, sex, age_band, persons)
    select month, province_code, agency_type, sex, age_band, sum(persons) from typed
    group by 1, 2, 3, 4, 5 having sum(persons) <> 0 order by 1, 2, 3, 4, 5
    on conflict (month, province_code, agency_type, sex, age_band) do update set persons = s.persons + excluded.persons
), exploitation as (
    insert into case_statistics_exploitation as s (month, province_code, agency_type, exploitation_type, persons)
    select month, province_code, agency_type, t.type, sum(persons)
    from typed, lateral (select unnest(typed.types)
                         union all select 'NONE' where cardinality(typed.types) = 0
                         union all select 'FORCED_OR_BONDED_LABOUR'
                                   where typed.types && array['FORCED_LABOUR', 'BONDED_LABOUR']::varchar[]) t(type)
    group by 1, 2, 3, 4 having sum(persons) <> 0 order by 1, 2, 3, 4
    on conflict (month, province_code, agency_type, exploitation_type) do update set persons = s.persons + excluded.persons
)
insert into case_statistics_district as s (month, district_code, province_code, agency_type, persons)
select month, district_code, province_code, agency_type, sum(persons) from typed
group by 1, 2, 3, 4 having sum(persons) <> 0 order by 1, 2, 4
on conflict (month, district_code, agency_type) do update set persons = s.persons + excluded.persons
$$;

create function reporting_rollup_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform reporting_rollup_add((select coalesce(jsonb_agg(to_jsonb(n)), '[]') from new_rows n));
    else
        perform reporting_rollup_add((select coalesce(jsonb_agg(d), '[]') from (
            select n.month, n.province_code, n.district_code, n.identifying_agency_id, n.sex, n.age_band,
                   n.exploitation_types, n.persons - coalesce(o.persons, 0) as persons
            from new_rows n left join old_rows o
              on o.month = n.month and o.province_code = n.province_code and o.district_code = n.district_code
             and o.owning_agency_id = n.owning_agency_id and o.identifying_agency_id = n.identifying_agency_id
             and o.sex = n.sex and o.age_band = n.age_band and o.exploitation_types = n.exploitation_types
            where n.persons - coalesce(o.persons, 0) <> 0) d));
    end if;
    return null;
end
$$;

create trigger case_statistics_rollup_on_insert after insert on case_statistics
    referencing new table as new_rows for each statement execute function reporting_rollup_change();
create trigger case_statistics_rollup_on_update after update on case_statistics
    referencing old table as old_rows new table as new_rows for each statement execute function reporting_rollup_change();

-- Recounts the rollups from case_statistics, a month at a time.
create function reporting_rollup_rebuild_all() returns void
    language plpgsql as
$$
declare
    counted_month date;
begin
    truncate case_statistics_sex_age, case_statistics_exploitation, case_statistics_district;
    for counted_month in select distinct month from case_statistics order by 1 loop
        perform reporting_rollup_add((select coalesce(jsonb_agg(to_jsonb(s)), '[]') from case_statistics s
                                      where s.month = counted_month and s.persons <> 0));
    end loop;
end
$$;

-- The rollups group by the identifying agency's type: when an administrator changes an agency's type, recount.
create function reporting_rollup_rebuild() returns trigger
    language plpgsql as
$$
begin
    perform reporting_rollup_rebuild_all();
    return null;
end
$$;

create trigger agency_type_change_rebuilds_rollups after update of type on agency
    for each row when (old.type is distinct from new.type) execute function reporting_rollup_rebuild();

select reporting_rollup_rebuild_all();
