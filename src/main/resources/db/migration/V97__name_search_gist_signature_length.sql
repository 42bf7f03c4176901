-- The search box's name search reads its page from V26's GiST index (nearest first) and its count from V95's index of
-- the agencies' distinct name keys. pg_trgm keeps each name's trigrams in a GiST signature of 12 bytes by default:
-- many trigrams share its bits, so the index walks far before it can rule a subtree out. With 64 bytes, at 1,000,000
-- cases (FIA Lahore, 260,309 cases; generic plans as CaseSearch runs them, warm):
--   page of "Mohamad Aslam":   329 -> 212 buffers,     4.2 -> 3.2 ms
--   page of "Shazia Parveen": 5,577 -> 4,181 buffers,  83 -> 53 ms
--   count of "Mohamad Aslam":  219 -> 174 buffers,     1.9 -> 1.7 ms
-- V96's index (a name search with other filters, ordered by distance then id) keeps 12 bytes: with 64 the same
-- "Mohamad Aslam" with sex = male read 2,520 buffers instead of 2,078.
-- Rebuilding takes about a minute for the case index at 1,000,000 cases; case writes wait meanwhile.
drop index victim_case_agency_name_gist_idx;
create index victim_case_agency_name_gist_idx on victim_case
    using gist (owning_agency_id, name_key gist_trgm_ops(siglen = 64));

drop index victim_case_name_key_gist_idx;
create index victim_case_name_key_gist_idx on victim_case_name_key
    using gist (owning_agency_id, name_key gist_trgm_ops(siglen = 64));
