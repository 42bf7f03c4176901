-- The list's name search ranks the agency's cases by word similarity to the search text and shows the first 25.
-- With the GIN trigram index alone PostgreSQL must find every similar name in the registry, then sort: a common
-- name ("Mohamad Aslam" is similar to every "Muhammad ...") matched tens of thousands of rows at 1,000,000 cases.
-- This GiST index answers "this agency's names, nearest first" (KNN on name_key <->> q) and stops after the page.
-- btree_gist lets the agency be its first column. The GIN index stays: duplicate detection searches all agencies.
create extension if not exists btree_gist;

create index victim_case_agency_name_gist_idx on victim_case using gist (owning_agency_id, name_key gist_trgm_ops);
