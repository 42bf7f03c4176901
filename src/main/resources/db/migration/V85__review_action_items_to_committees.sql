-- An action item added on a referral's review page becomes a committee action item like a meeting's: the committee
-- whose queue holds the referral, an owner from that day's roster (a member's term, or an agency) and a due date.
-- It has no meeting. Its owner's user is kept beside the term (null for an external member or an agency), so that
-- a user's open items are one indexed look-up.

alter table committee_action_item
    alter column meeting_id drop not null,
    alter column description type varchar(2000),
    add column owner_user_id bigint references app_user (id),
    -- only for items carried over from the free-text "who" of earlier review pages, which named no term or agency
    add column owner_recorded_as varchar(150),
    add column created_by varchar(60),
    add column created_at timestamptz;

update committee_action_item a set owner_user_id = m.user_id
from committee_membership m where m.id = a.owner_membership_id;

alter table committee_action_item
    drop constraint action_item_owner_check,
    add constraint action_item_owner_check
        check (owner_agency_id is not null or owner_membership_id is not null or owner_recorded_as is not null),
    add constraint action_item_meeting_or_referral_check check (meeting_id is not null or referral_id is not null);

create index action_item_open_user_idx on committee_action_item (owner_user_id, due_on) where status = 'OPEN';

-- Earlier review action items: each goes to a committee whose jurisdiction covers the referral's case, the one where
-- its author held a term on the day first, then the most local one, then an active one. Their text is kept whole:
-- the description, and the free-text "who" as the owner recorded. Those of no committee at all (recorded under the
-- interim rule before any committee existed) stay on the referral as review notes, their "who" and due date in
-- the note's text.
create temporary table review_action_carried (review_id bigint primary key, committee_id bigint not null);

insert into review_action_carried (review_id, committee_id)
select rr.id, c.id
from referral_review rr
join referral r on r.id = rr.referral_id
cross join lateral (
    select c.id from committee c
    where c.level = 'NATIONAL'
       or (c.level = 'PROVINCIAL' and c.province_code = r.case_province_code)
       or (c.level = 'DISTRICT' and c.province_code = r.case_province_code and c.district_code = r.case_district_code)
    order by exists (select 1 from committee_membership m join app_user u on u.id = m.user_id
                     where m.committee_id = c.id and u.username = rr.author
                       and m.term_from <= rr.created_at::date and (m.term_to is null or m.term_to >= rr.created_at::date)) desc,
             case c.level when 'DISTRICT' then 0 when 'PROVINCIAL' then 1 else 2 end,
             c.status = 'ACTIVE' desc, c.id
    limit 1) c
where rr.kind = 'ACTION';

insert into committee_action_item (committee_id, description, owner_recorded_as, due_on, status, case_number, referral_id,
                                   created_by, created_at)
select carried.committee_id, rr.body, rr.action_owner, rr.action_due, 'OPEN', r.case_number, rr.referral_id,
       rr.author, rr.created_at
from review_action_carried carried
join referral_review rr on rr.id = carried.review_id
join referral r on r.id = rr.referral_id;

delete from referral_review where id in (select review_id from review_action_carried);

alter table referral_review alter column body type varchar(2400);

update referral_review
set kind = 'NOTE',
    body = body || ' — ' || action_owner || ', ' || to_char(action_due, 'YYYY-MM-DD')
where kind = 'ACTION';

-- Review notes only from here on: action items live with the committees.
alter table referral_review
    drop column action_owner,
    drop column action_due,
    drop constraint referral_review_kind_check,
    add constraint referral_review_kind_check check (kind = 'NOTE');

drop table review_action_carried;
