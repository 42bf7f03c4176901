-- The count of the case list's name search (the search box: a name and no other filter, capped at 101) adds the
-- counts of the agency's distinct name keys instead of visiting every similar case, as the accused name search reads
-- them (V94). FIA Lahore's 260,304 cases have 18,180 distinct keys. At 1,000,000 cases the count for "Mohamad Aslam"
-- read 275 buffers of V26's GiST index on every case, and 4,998 for a rare name whose 97 matches lie far apart in it;
-- from the keys, 139 and 261. The page itself still reads V26's index nearest first (cases.CaseSearch says why).
create table victim_case_name_key (
    owning_agency_id bigint  not null,
    name_key         text    not null,
    cases            integer not null check (cases >= 0),
    primary key (owning_agency_id, name_key)
);
create index victim_case_name_key_gist_idx on victim_case_name_key using gist (owning_agency_id, name_key gist_trgm_ops);

-- Adds the signed counts (+1 for each new row, -1 for each old one) per agency and key, and removes the keys no case
-- bears any more; as accused_name_key_add (V94), for the same reasons: decrements update rows that exist, increments
-- insert or add in key order (concurrent changes lock rows in the same order), and a case without a key (a name of no
-- letters) cannot be found by name and is not counted.
create function case_name_key_add(changes jsonb) returns void
    language sql as
$$
update victim_case_name_key k set cases = k.cases + c.n
from (select owning_agency_id, name_key, sum(n) as n
      from jsonb_to_recordset(changes) as c(owning_agency_id bigint, name_key text, n integer)
      where name_key is not null
      group by owning_agency_id, name_key
      having sum(n) < 0) c
where k.owning_agency_id = c.owning_agency_id and k.name_key = c.name_key;

insert into victim_case_name_key as k (owning_agency_id, name_key, cases)
select owning_agency_id, name_key, sum(n)
from jsonb_to_recordset(changes) as c(owning_agency_id bigint, name_key text, n integer)
where name_key is not null
group by owning_agency_id, name_key
having sum(n) > 0
order by owning_agency_id, name_key
on conflict (owning_agency_id, name_key) do update set cases = k.cases + excluded.cases;

delete from victim_case_name_key k
using (select distinct owning_agency_id, name_key
       from jsonb_to_recordset(changes) as c(owning_agency_id bigint, name_key text, n integer)) c
where k.owning_agency_id = c.owning_agency_id and k.name_key = c.name_key and k.cases = 0;
$$;

-- Kept in the transaction of every change by statement triggers (a COPY of the synthetic loader or an import counts
-- each key once). An update counts only the cases whose agency or name key changed (a rename, a transfer); the other
-- updates (a status, a note's follow-up) change no key and call nothing.
create function case_name_key_change() returns trigger
    language plpgsql as
$$
declare
    changes jsonb;
begin
    if tg_op = 'INSERT' then
        select jsonb_agg(d) into changes from (select owning_agency_id, name_key, 1 as n from new_rows) d;
    elsif tg_op = 'DELETE' then
        select jsonb_agg(d) into changes from (select owning_agency_id, name_key, -1 as n from old_rows) d;
    else
        select jsonb_agg(d) into changes from (
            select n.owning_agency_id, n.name_key, 1 as n from new_rows n join old_rows o on o.id = n.id
            where (o.owning_agency_id, o.name_key) is distinct from (n.owning_agency_id, n.name_key)
            union all
            select o.owning_agency_id, o.name_key, -1 from old_rows o join new_rows n on n.id = o.id
            where (o.owning_agency_id, o.name_key) is distinct from (n.owning_agency_id, n.name_key)) d;
    end if;
    if changes is not null then
        perform case_name_key_add(changes);
    end if;
    return null;
end
$$;

create trigger case_name_key_on_insert after insert on victim_case
    referencing new table as new_rows for each statement execute function case_name_key_change();
create trigger case_name_key_on_update after update on victim_case
    referencing old table as old_rows new table as new_rows for each statement execute function case_name_key_change();
create trigger case_name_key_on_delete after delete on victim_case
    referencing old table as old_rows for each statement execute function case_name_key_change();

-- The cases registered before this migration.
insert into victim_case_name_key (owning_agency_id, name_key, cases)
select owning_agency_id, name_key, count(*) from victim_case where name_key is not null group by owning_agency_id, name_key;

analyze victim_case_name_key;
