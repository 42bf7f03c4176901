-- An escalation may concern a referral: now that referrals live beside committees, the link is a real foreign key.
-- The open escalations a committee received are looked up by committee and status for its review queue
-- (escalation_to_idx); escalation_referral_idx (V51) serves the lookup from a referral.

alter table committee_escalation
    add constraint escalation_referral_fk foreign key (referral_id) references referral (id);
