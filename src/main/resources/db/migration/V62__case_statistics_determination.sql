-- The statistics count persons by screening determination too: the outcome of the case's latest confirmed
-- screening (victim_case.confirmed_determination, kept by screening), NOT_SCREENED while there is none. The
-- country and province views read it from a rollup like the others (V61).

alter table case_statistics add column determination varchar(30) not null default 'NOT_SCREENED';
alter table case_statistics alter column determination drop default;
drop index case_statistics_key;
create unique index case_statistics_key on case_statistics (month, province_code, district_code, owning_agency_id,
    identifying_agency_id, sex, age_band, exploitation_types, determination);

create or replace function reporting_case_statistics_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into case_statistics as s (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                          sex, age_band, exploitation_types, determination, persons)
        select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id,
               identifying_agency_id, sex, reporting_age_band(age_years), reporting_type_set(exploitation_types),
               coalesce(confirmed_determination, 'NOT_SCREENED'), count(*)
        from new_rows where duplicate_of_id is null
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9 order by 1, 2, 3, 4, 5, 6, 7, 8, 9
        on conflict (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
                     exploitation_types, determination)
            do update set persons = s.persons + excluded.persons;
    else -- UPDATE: the old values leave their counts, the new ones join theirs
        with change as (
            select date_trunc('month', identified_on)::date as month, province_code, district_code, owning_agency_id,
                   identifying_agency_id, sex, reporting_age_band(age_years) as age_band,
                   reporting_type_set(exploitation_types) as exploitation_types,
                   coalesce(confirmed_determination, 'NOT_SCREENED') as determination, -1 as delta
            from old_rows where duplicate_of_id is null
            union all
            select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id,
                   identifying_agency_id, sex, reporting_age_band(age_years), reporting_type_set(exploitation_types),
                   coalesce(confirmed_determination, 'NOT_SCREENED'), 1
            from new_rows where duplicate_of_id is null
        )
        insert into case_statistics as s (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                          sex, age_band, exploitation_types, determination, persons)
        select month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
               exploitation_types, determination, sum(delta)
        from change
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9 having sum(delta) <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8, 9
        on conflict (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
                     exploitation_types, determination)
            do update set persons = s.persons + excluded.persons;
    end if;
    return null;
end
$$;

create or replace function reporting_case_statistics_delete() returns trigger
    language plpgsql as
$$
begin
    update case_statistics s set persons = s.persons - d.persons
    from (select date_trunc('month', identified_on)::date as month, province_code, district_code, owning_agency_id,
                 identifying_agency_id, sex, reporting_age_band(age_years) as age_band,
                 reporting_type_set(exploitation_types) as exploitation_types,
                 coalesce(confirmed_determination, 'NOT_SCREENED') as determination, count(*) as persons
          from old_rows where duplicate_of_id is null group by 1, 2, 3, 4, 5, 6, 7, 8, 9) d
    where s.month = d.month and s.province_code = d.province_code and s.district_code = d.district_code
      and s.owning_agency_id = d.owning_agency_id and s.identifying_agency_id = d.identifying_agency_id
      and s.sex = d.sex and s.age_band = d.age_band and s.exploitation_types = d.exploitation_types
      and s.determination = d.determination;
    return null;
end
$$;

create table case_statistics_determination (
    month         date        not null,
    province_code varchar(8)  not null,
    agency_type   varchar(40) not null,
    determination varchar(30) not null,
    persons       integer     not null,
    primary key (month, province_code, agency_type, determination)
);

create or replace function reporting_rollup_add(rows_json jsonb) returns void
    language sql as
$$
with r as (
    select (e ->> 'month')::date as month, e ->> 'province_code' as province_code, e ->> 'district_code' as district_code,
           (e ->> 'identifying_agency_id')::bigint as agency_id, e ->> 'sex' as sex, e ->> 'age_band' as age_band,
           array(select jsonb_array_elements_text(e -> 'exploitation_types'))::varchar[] as types,
           e ->> 'determination' as determination, (e ->> 'persons')::integer as persons
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
), determination as (
    insert into case_statistics_determination as s (month, province_code, agency_type, determination, persons)
    select month, province_code, agency_type, determination, sum(persons) from typed
    group by 1, 2, 3, 4 having sum(persons) <> 0 order by 1, 2, 3, 4
    on conflict (month, province_code, agency_type, determination) do update set persons = s.persons + excluded.persons
)
insert into case_statistics_district as s (month, district_code, province_code, agency_type, persons)
select month, district_code, province_code, agency_type, sum(persons) from typed
group by 1, 2, 3, 4 having sum(persons) <> 0 order by 1, 2, 4
on conflict (month, district_code, agency_type) do update set persons = s.persons + excluded.persons
$$;

create or replace function reporting_rollup_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform reporting_rollup_add((select coalesce(jsonb_agg(to_jsonb(n)), '[]') from new_rows n));
    else
        perform reporting_rollup_add((select coalesce(jsonb_agg(d), '[]') from (
            select n.month, n.province_code, n.district_code, n.identifying_agency_id, n.sex, n.age_band,
                   n.exploitation_types, n.determination, n.persons - coalesce(o.persons, 0) as persons
            from new_rows n left join old_rows o
              on o.month = n.month and o.province_code = n.province_code and o.district_code = n.district_code
             and o.owning_agency_id = n.owning_agency_id and o.identifying_agency_id = n.identifying_agency_id
             and o.sex = n.sex and o.age_band = n.age_band and o.exploitation_types = n.exploitation_types
             and o.determination = n.determination
            where n.persons - coalesce(o.persons, 0) <> 0) d));
    end if;
    return null;
end
$$;

create or replace function reporting_rollup_rebuild_all() returns void
    language plpgsql as
$$
declare
    counted_month date;
begin
    truncate case_statistics_sex_age, case_statistics_exploitation, case_statistics_district, case_statistics_determination;
    for counted_month in select distinct month from case_statistics order by 1 loop
        perform reporting_rollup_add((select coalesce(jsonb_agg(to_jsonb(s)), '[]') from case_statistics s
                                      where s.month = counted_month and s.persons <> 0));
    end loop;
end
$$;

-- Recount everything under the new key, in this migration's transaction; the rollups once at the end.
alter table case_statistics disable trigger case_statistics_rollup_on_insert;
truncate case_statistics;
insert into case_statistics (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex,
                             age_band, exploitation_types, determination, persons)
select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id, identifying_agency_id,
       sex, reporting_age_band(age_years), reporting_type_set(exploitation_types),
       coalesce(confirmed_determination, 'NOT_SCREENED'), count(*)
from victim_case where duplicate_of_id is null
group by 1, 2, 3, 4, 5, 6, 7, 8, 9;
alter table case_statistics enable trigger case_statistics_rollup_on_insert;
select reporting_rollup_rebuild_all();
