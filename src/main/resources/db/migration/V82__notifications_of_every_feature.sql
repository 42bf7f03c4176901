-- Notifications become a feature of their own: a notice names the record it is about (subject and number), the page
-- that opens it, the case's number and a detail for its text, instead of a referral. Referral notices keep their
-- meaning (subject REFERRAL); the unique key is per person, subject, kind and occasion (the deadline of an overdue
-- notice, the time of the event otherwise), so the deadline check still never sends a notice twice.
alter table notification
    add column subject     varchar(20),
    add column subject_id  bigint,
    add column link        varchar(300),
    add column case_number varchar(20),
    add column detail      varchar(300);

update notification n
set subject = 'REFERRAL', subject_id = n.referral_id, link = '/referrals/' || n.referral_id,
    case_number = r.case_number, detail = 'directory.service.' || r.service_type
from referral r where r.id = n.referral_id;

alter table notification drop constraint notification_once;
alter table notification drop constraint notification_kind_check;
alter table notification drop column referral_id;
alter table notification rename column deadline_at to occasion_at;
alter table notification alter column kind type varchar(24);
alter table notification
    alter column subject set not null,
    alter column subject_id set not null,
    alter column link set not null,
    add constraint notification_subject_check check (subject in ('REFERRAL', 'SCREENING', 'ACTION_ITEM')),
    add constraint notification_kind_check check (kind in ('NEW', 'ACCEPTED', 'DECLINED', 'OVERDUE', 'COMPLETED',
        'SCREENING_SUBMITTED', 'SCREENING_RETURNED', 'ACTION_ITEM_ASSIGNED')),
    add constraint notification_once unique (recipient_id, subject, subject_id, kind, occasion_at);
