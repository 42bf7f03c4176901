-- Rollups of case_statistics by owning agency, for the dashboard and annual report of an agency's caseworkers and
-- supervisors. case_statistics is nearly a row per person: an agency owning a quarter of a million cases made its
-- dashboard read a quarter of a million rows. These four tables are the country rollups of V61/V62 with the owning
-- agency leading the key (a few thousand rows per agency and year), kept current from case_statistics' own changes
-- by the same triggers, in the same transaction. A district filter still reads case_statistics (it has no rollup).

create table case_statistics_agency_sex_age (
    owning_agency_id bigint      not null,
    month            date        not null,
    province_code    varchar(8)  not null,
    agency_type      varchar(40) not null, -- of the identifying agency
    sex              varchar(12) not null,
    age_band         varchar(8)  not null,
    persons          integer     not null,
    primary key (owning_agency_id, month, province_code, agency_type, sex, age_band)
);

-- As case_statistics_exploitation: NONE for a person with none recorded, FORCED_OR_BONDED_LABOUR once for either.
create table case_statistics_agency_exploitation (
    owning_agency_id  bigint      not null,
    month             date        not null,
    province_code     varchar(8)  not null,
    agency_type       varchar(40) not null,
    exploitation_type varchar(30) not null,
    persons           integer     not null,
    primary key (owning_agency_id, month, province_code, agency_type, exploitation_type)
);

create table case_statistics_agency_district (
    owning_agency_id bigint      not null,
    month            date        not null,
    district_code    varchar(12) not null,
    province_code    varchar(8)  not null,
    agency_type      varchar(40) not null,
    persons          integer     not null,
    primary key (owning_agency_id, month, district_code, agency_type)
);

create table case_statistics_agency_determination (
    owning_agency_id bigint      not null,
    month            date        not null,
    province_code    varchar(8)  not null,
    agency_type      varchar(40) not null,
    determination    varchar(30) not null,
    persons          integer     not null,
    primary key (owning_agency_id, month, province_code, agency_type, determination)
);

-- Adds sign * persons of the given case_statistics rows to the agency rollups, in key order (no deadlocks between
-- writers), as reporting_rollup_add does for the country ones.
create function reporting_agency_rollup_add(rows_json jsonb) returns void
    language sql as
$$
with r as (
    select e.*, a.type as agency_type
    from jsonb_to_recordset(rows_json) e(month date, province_code varchar, district_code varchar,
                                         owning_agency_id bigint, identifying_agency_id bigint, sex varchar,
                                         age_band varchar, exploitation_types varchar[], determination varchar,
                                         persons integer)
    join agency a on a.id = e.identifying_agency_id
), sex_age as (
    insert into case_statistics_agency_sex_age as s (owning_agency_id, month, province_code, agency_type, sex, age_band,
                                                     persons)
    select owning_agency_id, month, province_code, agency_type, sex, age_band, sum(persons) from r
    group by 1, 2, 3, 4, 5, 6 having sum(persons) <> 0 order by 1, 2, 3, 4, 5, 6
    on conflict (owning_agency_id, month, province_code, agency_type, sex, age_band)
        do update set persons = s.persons + excluded.persons
), exploitation as (
    insert into case_statistics_agency_exploitation as s (owning_agency_id, month, province_code, agency_type,
                                                          exploitation_type, persons)
    select owning_agency_id, month, province_code, agency_type, t.type, sum(persons)
    from r, lateral (select unnest(r.exploitation_types)
                     union all select 'NONE' where cardinality(r.exploitation_types) = 0
                     union all select 'FORCED_OR_BONDED_LABOUR'
                               where r.exploitation_types && array['FORCED_LABOUR', 'BONDED_LABOUR']::varchar[]) t(type)
    group by 1, 2, 3, 4, 5 having sum(persons) <> 0 order by 1, 2, 3, 4, 5
    on conflict (owning_agency_id, month, province_code, agency_type, exploitation_type)
        do update set persons = s.persons + excluded.persons
), determination as (
    insert into case_statistics_agency_determination as s (owning_agency_id, month, province_code, agency_type,
                                                           determination, persons)
    select owning_agency_id, month, province_code, agency_type, determination, sum(persons) from r
    group by 1, 2, 3, 4, 5 having sum(persons) <> 0 order by 1, 2, 3, 4, 5
    on conflict (owning_agency_id, month, province_code, agency_type, determination)
        do update set persons = s.persons + excluded.persons
)
insert into case_statistics_agency_district as s (owning_agency_id, month, district_code, province_code, agency_type,
                                                  persons)
select owning_agency_id, month, district_code, province_code, agency_type, sum(persons) from r
group by 1, 2, 3, 4, 5 having sum(persons) <> 0 order by 1, 2, 3, 5
on conflict (owning_agency_id, month, district_code, agency_type) do update set persons = s.persons + excluded.persons
$$;

-- The same trigger as V62 feeds both kinds of rollup; its update branch now carries the owning agency too (a case
-- moving to another agency leaves the old agency's counts and joins the new one's).
create or replace function reporting_rollup_change() returns trigger
    language plpgsql as
$$
declare
    changed jsonb;
begin
    if tg_op = 'INSERT' then
        changed := (select coalesce(jsonb_agg(to_jsonb(n)), '[]') from new_rows n);
    else
        changed := (select coalesce(jsonb_agg(d), '[]') from (
            select n.month, n.province_code, n.district_code, n.owning_agency_id, n.identifying_agency_id, n.sex,
                   n.age_band, n.exploitation_types, n.determination, n.persons - coalesce(o.persons, 0) as persons
            from new_rows n left join old_rows o
              on o.month = n.month and o.province_code = n.province_code and o.district_code = n.district_code
             and o.owning_agency_id = n.owning_agency_id and o.identifying_agency_id = n.identifying_agency_id
             and o.sex = n.sex and o.age_band = n.age_band and o.exploitation_types = n.exploitation_types
             and o.determination = n.determination
            where n.persons - coalesce(o.persons, 0) <> 0) d);
    end if;
    perform reporting_rollup_add(changed);
    perform reporting_agency_rollup_add(changed);
    return null;
end
$$;

-- Recounts every rollup from case_statistics, a month at a time (also run when an agency's type changes).
create or replace function reporting_rollup_rebuild_all() returns void
    language plpgsql as
$$
declare
    counted_month date;
    counted       jsonb;
begin
    truncate case_statistics_sex_age, case_statistics_exploitation, case_statistics_district,
        case_statistics_determination, case_statistics_agency_sex_age, case_statistics_agency_exploitation,
        case_statistics_agency_district, case_statistics_agency_determination;
    for counted_month in select distinct month from case_statistics order by 1 loop
        counted := (select coalesce(jsonb_agg(to_jsonb(s)), '[]') from case_statistics s
                    where s.month = counted_month and s.persons <> 0);
        perform reporting_rollup_add(counted);
        perform reporting_agency_rollup_add(counted);
    end loop;
end
$$;

-- The cases counted before this migration, a month at a time; the country rollups are already current.
do
$$
declare
    counted_month date;
begin
    for counted_month in select distinct month from case_statistics order by 1 loop
        perform reporting_agency_rollup_add((select coalesce(jsonb_agg(to_jsonb(s)), '[]') from case_statistics s
                                             where s.month = counted_month and s.persons <> 0));
    end loop;
end
$$;
