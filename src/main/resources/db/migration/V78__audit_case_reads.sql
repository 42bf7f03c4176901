-- Bulk reads (lists, searches, exports, duplicate checks, queues) in the audit trail: one audit_event per request,
-- whose new column "terms" holds what was asked (the filter and query parameters: names, CNICs), and one
-- audit_case_read row per case the request returned. The terms are never read by the administrators' screens
-- (AuditTrail withholds them); only supervisors of the searching agency see them, on their cases.
alter table audit_event add column terms text;

-- Narrow on purpose: a page of 100 cases writes 100 of these rows, an export of a million cases a million.
-- Who, when and what were asked stay on the request's audit_event row (event_id). No foreign key: only AuditTrail
-- writes these rows, right after the event they belong to, and a key check per row would slow large exports.
create table audit_case_read (
    event_id    bigint      not null,
    case_number varchar(20) not null
);

-- "Every read of case X, newest first" (the case page's "who looked" section), and the count per request.
create index audit_case_read_case_idx on audit_case_read (case_number, event_id desc);
create index audit_case_read_event_idx on audit_case_read (event_id);

-- Append-only like audit_event (V3): the database refuses UPDATE, DELETE and TRUNCATE; the message names the table.
create or replace function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_case_read_no_update_or_delete
    before update or delete on audit_case_read
    for each row execute function audit_event_is_append_only();

create trigger audit_case_read_no_truncate
    before truncate on audit_case_read
    for each statement execute function audit_event_is_append_only();
