-- The annual report's referred persons ("victims identified in the year with at least one referral sent in that
-- year", in total, to a government department, to an NGO) without reading victim_case per request. V63 keeps the
-- referrals sent per case; these tables resolve each case to its person (the root of its linked duplicate group) and
-- keep that person's dimensions, so that the report reads one year of referred persons, or for the country and a
-- province a few hundred rows of a rollup.
--
-- Kept current in the same transaction as every change by statement-level triggers:
--   - on case_referral_sent (itself kept by the row triggers on referral of V63): a referral sent, moved, deleted;
--   - on victim_case: a duplicate linked or unlinked moves a case's referrals to another person, and an edit of a
--     person's root case (identification date, district, agencies) moves the person to other counts.
-- Every change is a delta added under a row lock, so concurrent writers never lose each other's counts; the root
-- case is read FOR SHARE, so an edit of that case waits for the referral (or the referral for the edit) and the
-- dimensions kept are never those an edit is replacing.

-- Per year sent and person: the person's dimensions (those of the root case, named like case_statistics' columns so
-- that StatisticsScope.where applies unchanged) and how many referrals were sent to each kind of agency. A row
-- exists only while referrals > 0.
create table referred_person (
    sent_year             smallint    not null,
    person_id             bigint      not null, -- the root case
    month                 date        not null, -- first day of the root case's identification month
    province_code         varchar(8)  not null,
    district_code         varchar(12) not null,
    owning_agency_id      bigint      not null,
    identifying_agency_id bigint      not null,
    referrals             integer     not null,
    government_referrals  integer     not null, -- to a GOVERNMENT_DEPARTMENT
    ngo_referrals         integer     not null, -- to an NGO
    primary key (sent_year, person_id)
);

-- Moving a person (an edit of the root case), an agency's reach, the district filter.
create index referred_person_person_idx on referred_person (person_id);
create index referred_person_agency_idx on referred_person (owning_agency_id, sent_year, month);
create index referred_person_district_idx on referred_person (district_code, sent_year, month);

-- The country and province views: persons referred in their identification year (the only ones the annual report
-- counts), per identification month, province and type of the identifying agency.
create table referred_person_rollup (
    month          date        not null,
    province_code  varchar(8)  not null,
    agency_type    varchar(40) not null,
    persons        integer     not null,
    to_government  integer     not null,
    to_ngo         integer     not null,
    primary key (month, province_code, agency_type)
);

-- What the tables hold when counted from scratch (the migration fills them from these, the recount after a bulk
-- load too, and ReferralStatisticsMaintenanceTest compares the trigger-kept tables with them).
create view referred_person_recount as
select r.sent_year, p.id as person_id, date_trunc('month', p.identified_on)::date as month, p.province_code,
       p.district_code, p.owning_agency_id, p.identifying_agency_id, sum(r.referrals)::integer as referrals,
       coalesce(sum(r.referrals) filter (where r.agency_type = 'GOVERNMENT_DEPARTMENT'), 0)::integer as government_referrals,
       coalesce(sum(r.referrals) filter (where r.agency_type = 'NGO'), 0)::integer as ngo_referrals
from case_referral_sent r
join victim_case c on c.id = r.case_id
join victim_case p on p.id = coalesce(c.duplicate_of_id, c.id)
group by r.sent_year, p.id
having sum(r.referrals) > 0;

create view referred_person_rollup_recount as
select p.month, p.province_code, a.type as agency_type, count(*)::integer as persons,
       (count(*) filter (where p.government_referrals > 0))::integer as to_government,
       (count(*) filter (where p.ngo_referrals > 0))::integer as to_ngo
from referred_person p join agency a on a.id = p.identifying_agency_id
where extract(year from p.month) = p.sent_year
group by 1, 2, 3;

-- Adds referral counts to persons: deltas is a JSON array of {sent_year, person_id, referrals, government, ngo}.
-- Locks the root cases (FOR SHARE, in id order), upserts the persons in key order, then adds to the rollup what
-- changed of each person's three yes/no figures, in key order, so that concurrent writers never deadlock on counts.
create function reporting_referred_person_add(deltas jsonb) returns void
    language plpgsql as
$$
begin
    perform 1 from victim_case v
    where v.id in (select (e ->> 'person_id')::bigint from jsonb_array_elements(deltas) e)
    order by v.id for share;
    with d as (
        select e.sent_year, e.person_id, sum(e.referrals)::integer as referrals,
               sum(e.government)::integer as government, sum(e.ngo)::integer as ngo
        from jsonb_to_recordset(deltas) e(sent_year smallint, person_id bigint, referrals integer, government integer,
                                          ngo integer)
        group by 1, 2
        having sum(e.referrals) <> 0 or sum(e.government) <> 0 or sum(e.ngo) <> 0
    ), changed as (
        insert into referred_person as p (sent_year, person_id, month, province_code, district_code, owning_agency_id,
                                          identifying_agency_id, referrals, government_referrals, ngo_referrals)
        select d.sent_year, d.person_id, date_trunc('month', v.identified_on)::date, v.province_code, v.district_code,
               v.owning_agency_id, v.identifying_agency_id, d.referrals, d.government, d.ngo
        from d join victim_case v on v.id = d.person_id
        order by d.sent_year, d.person_id
        on conflict (sent_year, person_id) do update
            set referrals = p.referrals + excluded.referrals,
                government_referrals = p.government_referrals + excluded.government_referrals,
                ngo_referrals = p.ngo_referrals + excluded.ngo_referrals
        returning p.*
    ), flips as (
        -- after the change minus before it (the counts returned less the delta added), for each yes/no figure
        select c.month, c.province_code, a.type as agency_type,
               (c.referrals > 0)::integer - (c.referrals - d.referrals > 0)::integer as persons,
               (c.government_referrals > 0)::integer - (c.government_referrals - d.government > 0)::integer as to_government,
               (c.ngo_referrals > 0)::integer - (c.ngo_referrals - d.ngo > 0)::integer as to_ngo
        from changed c
        join d on d.sent_year = c.sent_year and d.person_id = c.person_id
        join agency a on a.id = c.identifying_agency_id
        where extract(year from c.month) = c.sent_year
    )
    insert into referred_person_rollup as r (month, province_code, agency_type, persons, to_government, to_ngo)
    select month, province_code, agency_type, sum(persons), sum(to_government), sum(to_ngo)
    from flips
    group by 1, 2, 3
    having sum(persons) <> 0 or sum(to_government) <> 0 or sum(to_ngo) <> 0
    order by 1, 2, 3
    on conflict (month, province_code, agency_type) do update
        set persons = r.persons + excluded.persons, to_government = r.to_government + excluded.to_government,
            to_ngo = r.to_ngo + excluded.to_ngo;
    delete from referred_person p
    using (select distinct (e ->> 'sent_year')::smallint as sent_year, (e ->> 'person_id')::bigint as person_id
           from jsonb_array_elements(deltas) e) d
    where p.sent_year = d.sent_year and p.person_id = d.person_id and p.referrals <= 0;
end
$$;

-- case_referral_sent changed: each case's new counts less its old ones, added to the case's person. The case is
-- read FOR SHARE, so a duplicate being linked at the same moment either waits for this or is seen.
create function reporting_referred_person_sent_change() returns trigger
    language plpgsql as
$$
declare
    deltas jsonb;
begin
    with change as (
        select sent_year, case_id, agency_type, referrals from new_rows
        union all
        select sent_year, case_id, agency_type, -referrals from old_rows
    ), by_case as (
        select sent_year, case_id, sum(referrals) as referrals,
               sum(referrals) filter (where agency_type = 'GOVERNMENT_DEPARTMENT') as government,
               sum(referrals) filter (where agency_type = 'NGO') as ngo
        from change group by 1, 2
    ), cases as (
        select c.id, coalesce(c.duplicate_of_id, c.id) as person_id
        from victim_case c where c.id in (select case_id from by_case)
        order by c.id for share
    )
    select coalesce(jsonb_agg(jsonb_build_object('sent_year', b.sent_year, 'person_id', c.person_id,
                                                 'referrals', b.referrals, 'government', coalesce(b.government, 0),
                                                 'ngo', coalesce(b.ngo, 0))), '[]')
    into deltas
    from by_case b join cases c on c.id = b.case_id;
    perform reporting_referred_person_add(deltas);
    return null;
end
$$;

-- Transition tables need one trigger per event; old_rows / new_rows are empty for the missing side.
create function reporting_referred_person_sent_insert() returns trigger
    language plpgsql as
$$
begin
    perform reporting_referred_person_add(coalesce((
        select jsonb_agg(jsonb_build_object('sent_year', n.sent_year, 'person_id', coalesce(c.duplicate_of_id, c.id),
                                            'referrals', n.referrals,
                                            'government', case when n.agency_type = 'GOVERNMENT_DEPARTMENT' then n.referrals else 0 end,
                                            'ngo', case when n.agency_type = 'NGO' then n.referrals else 0 end))
        from new_rows n join (select id, duplicate_of_id from victim_case
                              where id in (select case_id from new_rows) order by id for share) c on c.id = n.case_id), '[]'));
    return null;
end
$$;

create function reporting_referred_person_sent_delete() returns trigger
    language plpgsql as
$$
begin
    perform reporting_referred_person_add(coalesce((
        select jsonb_agg(jsonb_build_object('sent_year', o.sent_year, 'person_id', coalesce(c.duplicate_of_id, c.id),
                                            'referrals', -o.referrals,
                                            'government', case when o.agency_type = 'GOVERNMENT_DEPARTMENT' then -o.referrals else 0 end,
                                            'ngo', case when o.agency_type = 'NGO' then -o.referrals else 0 end))
        from old_rows o join (select id, duplicate_of_id from victim_case
                              where id in (select case_id from old_rows) order by id for share) c on c.id = o.case_id), '[]'));
    return null;
end
$$;

create trigger referred_person_on_sent_insert after insert on case_referral_sent
    referencing new table as new_rows for each statement execute function reporting_referred_person_sent_insert();
create trigger referred_person_on_sent_update after update on case_referral_sent
    referencing old table as old_rows new table as new_rows for each statement execute function reporting_referred_person_sent_change();
create trigger referred_person_on_sent_delete after delete on case_referral_sent
    referencing old table as old_rows for each statement execute function reporting_referred_person_sent_delete();

-- victim_case changed. First the persons whose root case moved (identification month, province, district, agencies):
-- their rows take the new dimensions and the rollup moves their figures. Then the cases whose person changed (a
-- duplicate linked or unlinked): their referrals leave the old person and join the new one. A new case has no
-- referral yet, and a case with referrals cannot be deleted (referral references it), so only UPDATE matters.
create function reporting_referred_person_case_change() returns trigger
    language plpgsql as
$$
declare
    moved_persons jsonb;
    moves jsonb;
begin
    select jsonb_agg(jsonb_build_object('person_id', n.id, 'month', date_trunc('month', n.identified_on)::date,
                                        'province_code', n.province_code, 'district_code', n.district_code,
                                        'owning_agency_id', n.owning_agency_id,
                                        'identifying_agency_id', n.identifying_agency_id))
    into moved_persons
    from new_rows n join old_rows o on o.id = n.id
    where n.duplicate_of_id is null and o.duplicate_of_id is null
      and (date_trunc('month', n.identified_on), n.province_code, n.district_code, n.owning_agency_id, n.identifying_agency_id)
          is distinct from
          (date_trunc('month', o.identified_on), o.province_code, o.district_code, o.owning_agency_id, o.identifying_agency_id)
      and exists (select 1 from referred_person p where p.person_id = n.id);
    if moved_persons is not null then
        perform 1 from referred_person p
        where p.person_id in (select (e ->> 'person_id')::bigint from jsonb_array_elements(moved_persons) e)
        order by p.sent_year, p.person_id for update;
        with m as (
            select * from jsonb_to_recordset(moved_persons) m(person_id bigint, month date, province_code varchar,
                                                              identifying_agency_id bigint)
        ), contribution as (
            select p.month, p.province_code, p.identifying_agency_id, -1 as sign, p.government_referrals, p.ngo_referrals
            from referred_person p join m on m.person_id = p.person_id
            where extract(year from p.month) = p.sent_year
            union all
            select m.month, m.province_code, m.identifying_agency_id, 1, p.government_referrals, p.ngo_referrals
            from referred_person p join m on m.person_id = p.person_id
            where extract(year from m.month) = p.sent_year
        )
        insert into referred_person_rollup as r (month, province_code, agency_type, persons, to_government, to_ngo)
        select c.month, c.province_code, a.type, sum(c.sign),
               coalesce(sum(c.sign) filter (where c.government_referrals > 0), 0),
               coalesce(sum(c.sign) filter (where c.ngo_referrals > 0), 0)
        from contribution c join agency a on a.id = c.identifying_agency_id
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (month, province_code, agency_type) do update
            set persons = r.persons + excluded.persons, to_government = r.to_government + excluded.to_government,
                to_ngo = r.to_ngo + excluded.to_ngo;
        update referred_person p
        set month = m.month, province_code = m.province_code, district_code = m.district_code,
            owning_agency_id = m.owning_agency_id, identifying_agency_id = m.identifying_agency_id
        from jsonb_to_recordset(moved_persons) m(person_id bigint, month date, province_code varchar,
                                                 district_code varchar, owning_agency_id bigint,
                                                 identifying_agency_id bigint)
        where m.person_id = p.person_id;
    end if;

    select jsonb_agg(jsonb_build_object('sent_year', r.sent_year, 'person_id', moved.person_id,
                                        'referrals', moved.sign * r.referrals,
                                        'government', case when r.agency_type = 'GOVERNMENT_DEPARTMENT' then moved.sign * r.referrals else 0 end,
                                        'ngo', case when r.agency_type = 'NGO' then moved.sign * r.referrals else 0 end))
    into moves
    from (select o.id as case_id, coalesce(o.duplicate_of_id, o.id) as person_id, -1 as sign
          from old_rows o join new_rows n on n.id = o.id
          where coalesce(o.duplicate_of_id, o.id) <> coalesce(n.duplicate_of_id, n.id)
          union all
          select n.id, coalesce(n.duplicate_of_id, n.id), 1
          from old_rows o join new_rows n on n.id = o.id
          where coalesce(o.duplicate_of_id, o.id) <> coalesce(n.duplicate_of_id, n.id)) moved
    join case_referral_sent r on r.case_id = moved.case_id;
    if moves is not null then
        perform reporting_referred_person_add(moves);
    end if;
    return null;
end
$$;

create trigger referred_person_on_case_update after update on victim_case
    referencing old table as old_rows new table as new_rows for each statement
    execute function reporting_referred_person_case_change();

-- Recounts the rollup from referred_person (after an agency's type changed: the rollup groups by it).
create function reporting_referred_person_rollup_rebuild() returns void
    language sql as
$$
delete from referred_person_rollup;
insert into referred_person_rollup (month, province_code, agency_type, persons, to_government, to_ngo)
select month, province_code, agency_type, persons, to_government, to_ngo from referred_person_rollup_recount;
$$;

create function reporting_referred_person_rollup_rebuild_trigger() returns trigger
    language plpgsql as
$$
begin
    perform reporting_referred_person_rollup_rebuild();
    return null;
end
$$;

create trigger agency_type_change_rebuilds_referred_person_rollup after update of type on agency
    for each row when (old.type is distinct from new.type) execute function reporting_referred_person_rollup_rebuild_trigger();

-- The referrals sent before this migration.
insert into referred_person select * from referred_person_recount;
select reporting_referred_person_rollup_rebuild();
