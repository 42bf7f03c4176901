-- The list's count ("1,000+ cases") must find up to 1,001 matching cases, or all of them when fewer match. With the
-- V10 indexes only the leading filter was in the index, so every other filter was checked on the table row: for
-- district Lahore + child + follow-up at 1,000,000 cases that read all 19,055 of an agency's Lahore rows from the
-- heap (17,000 blocks) to find 422. Each list index now carries every other list filter column as INCLUDE columns,
-- so counts and filtered pages are index-only scans whatever filter leads (docs/PERFORMANCE.md): 351 buffers instead
-- of 17,118 for that count. Index-only scans skip the heap only on pages the visibility map marks all-visible, which
-- autovacuum keeps up to date (and the synthetic loader vacuums after a load).
-- Same names, same keys as before: only the INCLUDE columns are new, so every query plan that used them still can.

drop index victim_case_agency_identified_idx;
create index victim_case_agency_identified_idx on victim_case (owning_agency_id, identified_on desc, id desc)
    include (status, district_code, province_code, sex, age_years, caseworker_id, exploitation_types, confirmed_determination);

drop index victim_case_agency_status_idx;
create index victim_case_agency_status_idx on victim_case (owning_agency_id, status, identified_on desc, id desc)
    include (district_code, province_code, sex, age_years, caseworker_id, exploitation_types, confirmed_determination);

drop index victim_case_agency_district_idx;
create index victim_case_agency_district_idx on victim_case (owning_agency_id, district_code, identified_on desc, id desc)
    include (status, province_code, sex, age_years, caseworker_id, exploitation_types, confirmed_determination);

drop index victim_case_agency_province_idx;
create index victim_case_agency_province_idx on victim_case (owning_agency_id, province_code, identified_on desc, id desc)
    include (status, district_code, sex, age_years, caseworker_id, exploitation_types, confirmed_determination);

drop index victim_case_agency_caseworker_idx;
create index victim_case_agency_caseworker_idx on victim_case (owning_agency_id, caseworker_id, identified_on desc, id desc)
    include (status, district_code, province_code, sex, age_years, exploitation_types, confirmed_determination);

drop index victim_case_agency_sex_idx;
create index victim_case_agency_sex_idx on victim_case (owning_agency_id, sex, identified_on desc, id desc)
    include (status, district_code, province_code, age_years, caseworker_id, exploitation_types, confirmed_determination);
