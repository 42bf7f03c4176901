-- A timeline entry names the record it is about ("referral:12", "screening:5"), so that the case page links to it and
-- shows it in words (the service and the provider's name in the reader's language) instead of codes.
alter table case_event add column subject varchar(40);

-- Earlier referral entries read "SHELTER · NGO-LHR-SHELTER" or "SHELTER · NGO-LHR-SHELTER: note": they name the
-- referral by its case, service and provider; the latest such referral created by the time of the entry is the one.
-- The codes leave the text (the link speaks for them) and the note stays.
with matched as (
    select e.id as event_id,
           (select r.id from referral r join agency a on a.id = r.to_agency_id
            where r.case_id = e.case_id
              and r.service_type = substring(e.details from '^([A-Z_]+) · ')
              and a.code = substring(e.details from '^[A-Z_]+ · ([A-Z0-9-]+)')
              and r.created_at <= e.occurred_at
            order by r.created_at desc, r.id desc
            limit 1) as referral_id,
           substring(e.details from '^[A-Z_]+ · [A-Z0-9-]+: (.*)$') as note
    from case_event e
    where e.type like 'REFERRAL\_%' and e.details ~ '^[A-Z_]+ · [A-Z0-9-]+')
update case_event e
set subject = 'referral:' || m.referral_id,
    details = nullif(m.note, '')
from matched m
where m.event_id = e.id and m.referral_id is not null;

-- Earlier screening entries (determined, confirmed, returned): the latest screening of the case created by then.
update case_event e
set subject = 'screening:' || (
    select s.id from screening s where s.case_id = e.case_id and s.created_at <= e.occurred_at
    order by s.created_at desc, s.id desc
    limit 1)
where e.type like 'SCREENING\_%'
  and exists (select 1 from screening s where s.case_id = e.case_id and s.created_at <= e.occurred_at);
