-- Referral figures of the annual report: "victims with at least one referral sent in that year", in total and to a
-- government department or an NGO. Counting them from the three million rows of referral per request is too slow,
-- so this table keeps, per case, year (in Pakistan time) and type of the receiving agency, how many of its referrals
-- were sent; a trigger on referral keeps it current in the same transaction as every change, and writes only here.
-- A draft (sent_at null) never counts; a referral sent and later withdrawn still was sent.
-- The report resolves each case to its person (the root of its linked duplicate group) when it counts.
create table case_referral_sent (
    sent_year   smallint    not null,
    case_id     bigint      not null,
    agency_type varchar(40) not null, -- of the receiving agency, as it was when the referral was sent
    referrals   integer     not null,
    -- leading year: the report reads one year's cases by an index-only scan
    primary key (sent_year, case_id, agency_type)
);

create function reporting_referral_sent_year(sent_at timestamptz) returns smallint
    language sql immutable parallel safe as
$$
select extract(year from sent_at at time zone 'Asia/Karachi')::smallint
$$;

create function reporting_referral_sent_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.sent_at is not null then
        update case_referral_sent set referrals = referrals - 1
        where sent_year = reporting_referral_sent_year(old.sent_at) and case_id = old.case_id
          and agency_type = (select type from agency where id = old.to_agency_id);
        delete from case_referral_sent
        where sent_year = reporting_referral_sent_year(old.sent_at) and case_id = old.case_id and referrals <= 0;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.sent_at is not null then
        insert into case_referral_sent as s (sent_year, case_id, agency_type, referrals)
        select reporting_referral_sent_year(new.sent_at), new.case_id, a.type, 1 from agency a where a.id = new.to_agency_id
        on conflict (sent_year, case_id, agency_type) do update set referrals = s.referrals + 1;
    end if;
    return null;
end
$$;

-- Row level: referrals are created and moved one at a time. Only the columns the counts depend on fire it, so the
-- status moves after sending (accept, decline, complete, the deadline check) cost nothing here.
create trigger case_referral_sent_on_insert after insert on referral
    for each row when (new.sent_at is not null) execute function reporting_referral_sent_change();
create trigger case_referral_sent_on_update after update of sent_at, case_id, to_agency_id on referral
    for each row when (old.sent_at is distinct from new.sent_at or old.case_id <> new.case_id
                       or old.to_agency_id <> new.to_agency_id)
    execute function reporting_referral_sent_change();
create trigger case_referral_sent_on_delete after delete on referral
    for each row when (old.sent_at is not null) execute function reporting_referral_sent_change();

-- The referrals sent before this migration.
insert into case_referral_sent (sent_year, case_id, agency_type, referrals)
select reporting_referral_sent_year(r.sent_at), r.case_id, a.type, count(*)
from referral r join agency a on a.id = r.to_agency_id
where r.sent_at is not null
group by 1, 2, 3;
