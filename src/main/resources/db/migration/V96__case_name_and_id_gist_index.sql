-- A name search with another filter pages in a total order: nearest first, then by case id (CaseSearch.NEAREST_THEN_ID).
-- V26's index returns names nearest first but cannot order equally close names by id, so PostgreSQL read every equally
-- close case before a page could start ("Mohamad Aslam" with sex = male at 1,000,000 cases: 12,700 buffers, 3 s).
-- GiST orders by several distances at once; the id enters as a float8 (exact for every id below 2^53) because
-- btree_gist's int8 distance is refused as an ordering of a lossy index. With this index the same page reads 2,800
-- buffers in 80-110 ms, as before the tie-breaker. V26's index stays for the search box, which orders by the distance
-- alone and reads about half the buffers there.
create index victim_case_agency_name_id_gist_idx on victim_case using gist (owning_agency_id, name_key gist_trgm_ops, (id::float8));
