-- Append-only audit trail: who read or changed what, when and from where.
-- The database itself refuses UPDATE, DELETE and TRUNCATE so that no code path can rewrite history.

create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null default now(),
    actor        varchar(60),
    actor_agency varchar(40),
    action       varchar(60)  not null,
    target_type  varchar(40)  not null,
    target_id    varchar(80),
    case_number  varchar(20),
    details      text,
    remote_address varchar(64)
);

create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_target_idx on audit_event (target_type, target_id, occurred_at desc);
create index audit_event_case_idx on audit_event (case_number, occurred_at desc) where case_number is not null;
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
