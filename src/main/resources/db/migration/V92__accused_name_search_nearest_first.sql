-- The accused name search (the investigation list's q) and "also accused in" look for similar names among one agency's
-- accused. With the GIN trigram index on the name alone PostgreSQL found every similar name of every agency, then kept
-- the agency's and sorted them: "Mohamad Aslam" is similar to tens of thousands of "Muhammad ..." at 400,000 accused,
-- and FIA Lahore alone holds 61 % of them. This GiST index answers "this agency's names, nearest first" (KNN on
-- name_key <-> q, the distance of the % rule of cases.NameMatching) and stops after the page, as V26 does for victims.
-- btree_gist (V26) lets the agency be its first column. Every search of accused names is within one agency, so the
-- GIN index has no reader left.
create index accused_agency_name_gist_idx on accused using gist (registering_agency_id, name_key gist_trgm_ops);
drop index accused_name_trgm_idx;

-- A name is also looked up as the start of an FIR number, first, on its own: without an index for LIKE 'X%' (the
-- database's collation is not C, so investigation_fir_unique cannot serve it) that read every investigation.
create index investigation_agency_fir_prefix_idx on investigation (registering_agency_id, upper(fir_number) text_pattern_ops);
