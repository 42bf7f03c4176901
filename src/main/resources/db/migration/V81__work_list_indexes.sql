-- Indexes for the home page's work lists (web/WorkList), where a list's filter had none.

-- Screenings waiting for someone: SUBMITTED (for a supervisor) and RETURNED (for the author). Few at any time.
create index screening_waiting_idx on screening (case_id) where status in ('SUBMITTED', 'RETURNED');

-- Referrals a supervisor reviews: sent on a consent override in the last 30 days.
create index referral_consent_override_idx on referral (from_agency_id, sent_at) where consent_override_reason is not null;

-- Overdue referrals of the sending agency.
create index referral_overdue_sender_idx on referral (from_agency_id, overdue_since) where overdue;

-- An analyst's cases that statistics cannot place (CaseWorkLists.INCOMPLETE_SQL, the same condition).
create index victim_case_incomplete_idx on victim_case (identified_on)
    where sex = 'UNKNOWN' or age_years is null or (origin_country = 'PK' and origin_district_code is null);

-- Locked accounts, for an administrator.
create index app_user_locked_idx on app_user (locked_until) where locked_until is not null;
