-- Statistics of victims: how many persons were identified, per month and per each dimension the dashboard and the
-- annual report break figures down by. Counting a million cases per request is too slow, so these counts are kept
-- current by triggers on victim_case in the same transaction as every change: a figure is never stale.
--
-- A person is counted once, through the root case of a linked duplicate group (counted_victim_case: the rows with
-- duplicate_of_id null), in the month, district and agency of that root case.

-- Age bands of the dashboard, split at 18 so that child / adult follow from the band.
create function reporting_age_band(age integer) returns varchar
    language sql immutable parallel safe as
$$
select case
           when age is null then 'UNKNOWN'
           when age < 12 then '0_11'
           when age < 18 then '12_17'
           when age < 30 then '18_29'
           when age < 45 then '30_44'
           when age < 60 then '45_59'
           else '60_PLUS'
       end
$$;

-- The set of exploitation types as a sorted array without repeats, so equal sets share one row.
create function reporting_type_set(types varchar[]) returns varchar[]
    language sql immutable parallel safe as
$$
select coalesce(array_agg(distinct t order by t), '{}') from unnest(types) t
$$;

create table case_statistics (
    month                 date          not null, -- first day of the identification month
    province_code         varchar(8)    not null,
    district_code         varchar(12)   not null,
    owning_agency_id      bigint        not null,
    identifying_agency_id bigint        not null,
    sex                   varchar(12)   not null,
    age_band              varchar(8)    not null,
    exploitation_types    varchar(30)[] not null,
    -- No check (persons >= 0): an upsert checks the row it proposes, and a decrement proposes a negative one.
    persons               integer       not null
);

create unique index case_statistics_key on case_statistics (month, province_code, district_code, owning_agency_id,
    identifying_agency_id, sex, age_band, exploitation_types);
-- The reach of a caseworker or supervisor (their agency) and the district filter.
create index case_statistics_agency_idx on case_statistics (owning_agency_id, month);
create index case_statistics_district_idx on case_statistics (district_code, month);

-- Adds the counted rows of one side of a change (+1 for new rows, -1 for old ones). Rows are upserted in key order,
-- so that two transactions touching the same counts lock them in the same order and never deadlock each other.
create function reporting_case_statistics_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        insert into case_statistics as s (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                          sex, age_band, exploitation_types, persons)
        select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id,
               identifying_agency_id, sex, reporting_age_band(age_years), reporting_type_set(exploitation_types), count(*)
        from new_rows where duplicate_of_id is null
        group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8
        on conflict (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
                     exploitation_types)
            do update set persons = s.persons + excluded.persons;
    else -- UPDATE: the old values leave their counts, the new ones join theirs
        with change as (
            select date_trunc('month', identified_on)::date as month, province_code, district_code, owning_agency_id,
                   identifying_agency_id, sex, reporting_age_band(age_years) as age_band,
                   reporting_type_set(exploitation_types) as exploitation_types, -1 as delta
            from old_rows where duplicate_of_id is null
            union all
            select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id,
                   identifying_agency_id, sex, reporting_age_band(age_years), reporting_type_set(exploitation_types), 1
            from new_rows where duplicate_of_id is null
        )
        insert into case_statistics as s (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                          sex, age_band, exploitation_types, persons)
        select month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
               exploitation_types, sum(delta)
        from change
        group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(delta) <> 0 order by 1, 2, 3, 4, 5, 6, 7, 8
        on conflict (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex, age_band,
                     exploitation_types)
            do update set persons = s.persons + excluded.persons;
    end if;
    return null;
end
$$;

-- A DELETE trigger has no NEW TABLE: its own function reads old_rows only.
create function reporting_case_statistics_delete() returns trigger
    language plpgsql as
$$
begin
    update case_statistics s set persons = s.persons - d.persons
    from (select date_trunc('month', identified_on)::date as month, province_code, district_code, owning_agency_id,
                 identifying_agency_id, sex, reporting_age_band(age_years) as age_band,
                 reporting_type_set(exploitation_types) as exploitation_types, count(*) as persons
          from old_rows where duplicate_of_id is null group by 1, 2, 3, 4, 5, 6, 7, 8) d
    where s.month = d.month and s.province_code = d.province_code and s.district_code = d.district_code
      and s.owning_agency_id = d.owning_agency_id and s.identifying_agency_id = d.identifying_agency_id
      and s.sex = d.sex and s.age_band = d.age_band and s.exploitation_types = d.exploitation_types;
    return null;
end
$$;

-- One trigger per event: PostgreSQL allows transition tables only on single-event triggers. Statement-level, so a
-- bulk insert (an import, a COPY) updates each count once rather than once per row.
create trigger case_statistics_on_insert after insert on victim_case
    referencing new table as new_rows for each statement execute function reporting_case_statistics_change();
create trigger case_statistics_on_update after update on victim_case
    referencing old table as old_rows new table as new_rows for each statement execute function reporting_case_statistics_change();
create trigger case_statistics_on_delete after delete on victim_case
    referencing old table as old_rows for each statement execute function reporting_case_statistics_delete();

-- The cases registered before this migration.
insert into case_statistics (month, province_code, district_code, owning_agency_id, identifying_agency_id, sex,
                             age_band, exploitation_types, persons)
select date_trunc('month', identified_on)::date, province_code, district_code, owning_agency_id, identifying_agency_id,
       sex, reporting_age_band(age_years), reporting_type_set(exploitation_types), count(*)
from victim_case where duplicate_of_id is null
group by 1, 2, 3, 4, 5, 6, 7, 8;
