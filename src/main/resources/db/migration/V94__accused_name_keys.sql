-- The accused name search and "also accused in" read an agency's accused names nearest first (V92). With the GiST index
-- on every accused row, a misspelt common name ("Mohamad Aslam") still visited ~5,000 index pages before its first row:
-- FIA Lahore's 244,900 accused have only ~5,200 distinct name keys, and the pages full of "Muhammad ..." rows hold most
-- of its trigrams. accused_name_key holds each agency's distinct name keys once, with how many accused bear each, so
-- that the nearest-first read walks a few thousand keys instead of a quarter of a million rows, and the accused of each
-- key are then found by (registering_agency_id, name_key) in a btree.
--
-- Keyed by the accused's own registering_agency_id (the column both searches filter on), not the investigation's: the
-- application never changes either (both are updatable = false), and the triggers below follow accused's column
-- whatever writes it, so no trigger on investigation is needed.
create table accused_name_key (
    registering_agency_id bigint  not null,
    name_key              text    not null,
    accused               integer not null check (accused >= 0),
    primary key (registering_agency_id, name_key)
);
create index accused_name_key_gist_idx on accused_name_key using gist (registering_agency_id, name_key gist_trgm_ops);

-- From a key to its accused (and, by the primary key, back).
create index accused_agency_name_key_idx on accused (registering_agency_id, name_key);

-- Adds the signed counts (+1 for each new row, -1 for each old one) per agency and key, and removes the keys no accused
-- bears any more. Decrements update rows that exist; increments insert or add (a key new to the agency may be inserted
-- by two transactions at once), in key order so that concurrent changes lock rows in the same order. They are two
-- statements because the check is applied to the row proposed for insertion before a conflict turns it into an
-- update. An accused without a key (a name of no letters) cannot be found by name and is not counted.
create function accused_name_key_add(changes jsonb) returns void
    language sql as
$$
update accused_name_key k set accused = k.accused + c.n
from (select registering_agency_id, name_key, sum(n) as n
      from jsonb_to_recordset(changes) as c(registering_agency_id bigint, name_key text, n integer)
      where name_key is not null
      group by registering_agency_id, name_key
      having sum(n) < 0) c
where k.registering_agency_id = c.registering_agency_id and k.name_key = c.name_key;

insert into accused_name_key as k (registering_agency_id, name_key, accused)
select registering_agency_id, name_key, sum(n)
from jsonb_to_recordset(changes) as c(registering_agency_id bigint, name_key text, n integer)
where name_key is not null
group by registering_agency_id, name_key
having sum(n) > 0
order by registering_agency_id, name_key
on conflict (registering_agency_id, name_key) do update set accused = k.accused + excluded.accused;

delete from accused_name_key k
using (select distinct registering_agency_id, name_key
       from jsonb_to_recordset(changes) as c(registering_agency_id bigint, name_key text, n integer)) c
where k.registering_agency_id = c.registering_agency_id and k.name_key = c.name_key and k.accused = 0;
$$;

-- Kept in the transaction of every change by statement triggers, as the justice rollups (V90, V91): an update counts
-- only rows whose agency or key changed (a rename, a move to another agency's investigation).
create function accused_name_key_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'INSERT' then
        perform accused_name_key_add((select coalesce(jsonb_agg(d), '[]') from (
            select registering_agency_id, name_key, 1 as n from new_rows) d));
    elsif tg_op = 'DELETE' then
        perform accused_name_key_add((select coalesce(jsonb_agg(d), '[]') from (
            select registering_agency_id, name_key, -1 as n from old_rows) d));
    else
        perform accused_name_key_add((select coalesce(jsonb_agg(d), '[]') from (
            select n.registering_agency_id, n.name_key, 1 as n from new_rows n join old_rows o on o.id = n.id
            where (o.registering_agency_id, o.name_key) is distinct from (n.registering_agency_id, n.name_key)
            union all
            select o.registering_agency_id, o.name_key, -1 from old_rows o join new_rows n on n.id = o.id
            where (o.registering_agency_id, o.name_key) is distinct from (n.registering_agency_id, n.name_key)) d));
    end if;
    return null;
end
$$;

create trigger accused_name_key_on_insert after insert on accused
    referencing new table as new_rows for each statement execute function accused_name_key_change();
create trigger accused_name_key_on_update after update on accused
    referencing old table as old_rows new table as new_rows for each statement execute function accused_name_key_change();
create trigger accused_name_key_on_delete after delete on accused
    referencing old table as old_rows for each statement execute function accused_name_key_change();

-- The accused recorded before this migration.
insert into accused_name_key (registering_agency_id, name_key, accused)
select registering_agency_id, name_key, count(*) from accused where name_key is not null group by registering_agency_id, name_key;

-- Both searches now read the names from accused_name_key: the GiST index on every accused row has no reader left.
drop index accused_agency_name_gist_idx;

analyze accused_name_key;
