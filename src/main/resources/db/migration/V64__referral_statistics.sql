-- Referral figures of the dashboard: referrals sent in a period, how many were accepted, declined, completed, are
-- overdue, the median time to acceptance and the service types, within a reach and the dashboard's filters. Counted
-- from the three million rows of referral per request they are too slow, so referral_statistics keeps one count per
-- month sent and combination of those dimensions, current through a trigger on referral in the same transaction.
--
-- Dimensions follow case_statistics, so the dashboard's conditions apply unchanged: the month sent (Pakistan time),
-- where the case was identified when it was referred (the referral's own copy), the sending agency (the agency whose
-- cases they are) and the case's identifying agency. Time to acceptance is kept in whole hours (-1: not accepted),
-- which is what the dashboard shows and lets the median be read from the counts.
create table referral_statistics (
    month                 date        not null,
    province_code         varchar(8)  not null,
    district_code         varchar(12) not null,
    owning_agency_id      bigint      not null, -- the sending agency
    identifying_agency_id bigint      not null,
    service_type          varchar(40) not null,
    accepted              boolean     not null,
    declined              boolean     not null,
    completed             boolean     not null,
    overdue               boolean     not null,
    hours_to_accept       integer     not null,
    referrals             integer     not null
);

create unique index referral_statistics_key on referral_statistics (month, province_code, district_code,
    owning_agency_id, identifying_agency_id, service_type, accepted, declined, completed, overdue, hours_to_accept);
create index referral_statistics_agency_idx on referral_statistics (owning_agency_id, month);
create index referral_statistics_district_idx on referral_statistics (district_code, month);

-- Adds sign (+1 / -1) for one referral row's values; a draft (sent_at null) is not counted.
create function reporting_referral_statistics_add(r referral, sign integer) returns void
    language sql as
$$
insert into referral_statistics as s (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                      service_type, accepted, declined, completed, overdue, hours_to_accept, referrals)
select date_trunc('month', r.sent_at at time zone 'Asia/Karachi')::date, r.case_province_code, r.case_district_code,
       r.from_agency_id, c.identifying_agency_id, r.service_type, r.accepted_at is not null, r.declined_at is not null,
       r.completed_at is not null, r.overdue,
       coalesce(floor(extract(epoch from r.accepted_at - r.sent_at) / 3600)::integer, -1), sign
from victim_case c
where c.id = r.case_id and r.sent_at is not null
on conflict (month, province_code, district_code, owning_agency_id, identifying_agency_id, service_type, accepted,
             declined, completed, overdue, hours_to_accept)
    do update set referrals = s.referrals + excluded.referrals
$$;

create function reporting_referral_statistics_change() returns trigger
    language plpgsql as
$$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform reporting_referral_statistics_add(old, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform reporting_referral_statistics_add(new, 1);
    end if;
    return null;
end
$$;

create trigger referral_statistics_on_insert after insert on referral
    for each row when (new.sent_at is not null) execute function reporting_referral_statistics_change();
create trigger referral_statistics_on_update after update on referral
    for each row when ((old.sent_at, old.case_province_code, old.case_district_code, old.from_agency_id, old.case_id,
                        old.service_type, old.accepted_at, old.declined_at, old.completed_at, old.overdue)
                       is distinct from
                       (new.sent_at, new.case_province_code, new.case_district_code, new.from_agency_id, new.case_id,
                        new.service_type, new.accepted_at, new.declined_at, new.completed_at, new.overdue))
    execute function reporting_referral_statistics_change();
create trigger referral_statistics_on_delete after delete on referral
    for each row when (old.sent_at is not null) execute function reporting_referral_statistics_change();

-- The referrals sent before this migration.
insert into referral_statistics (month, province_code, district_code, owning_agency_id, identifying_agency_id,
                                 service_type, accepted, declined, completed, overdue, hours_to_accept, referrals)
select date_trunc('month', r.sent_at at time zone 'Asia/Karachi')::date, r.case_province_code, r.case_district_code,
       r.from_agency_id, c.identifying_agency_id, r.service_type, r.accepted_at is not null, r.declined_at is not null,
       r.completed_at is not null, r.overdue,
       coalesce(floor(extract(epoch from r.accepted_at - r.sent_at) / 3600)::integer, -1), count(*)
from referral r join victim_case c on c.id = r.case_id
where r.sent_at is not null
group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11;
