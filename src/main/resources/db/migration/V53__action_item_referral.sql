-- A meeting's action item may follow up a referral of the committee's queue (shown pseudonymised, like its case).

alter table committee_action_item
    add column referral_id bigint references referral (id);

create index action_item_referral_idx on committee_action_item (referral_id) where referral_id is not null;
