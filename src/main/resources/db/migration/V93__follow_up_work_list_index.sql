-- A caseworker's cases marked for follow-up (cases.CaseWorkLists.followUp), the first list of a caseworker's home page,
-- read on every home page with its count up to 1,000. The agency's status index found them but had to read each
-- case's row for its caseworker and number: at a million cases, a caseworker with a thousand such cases cost about
-- 2,000 row reads a page, most of PostgreSQL's work for the page. This index holds only the cases in follow-up (a few
-- per cent of the registry), in the list's order, with the case number: the list is read from it alone.
create index victim_case_follow_up_idx on victim_case (owning_agency_id, caseworker_id, identified_on, id)
    include (case_number) where status = 'FOLLOW_UP';
