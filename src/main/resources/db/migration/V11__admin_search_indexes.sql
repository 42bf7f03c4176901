-- Indexes for the administration screens.

-- The audit trail page filters by action, actor or target and shows the newest first, paged by
-- keyset on (occurred_at, id). V3 indexes actor and (target_type, target_id); these add action and
-- a target id given without its type.
create index audit_event_action_idx on audit_event (action, occurred_at desc);
create index audit_event_target_id_idx on audit_event (target_id, occurred_at desc) where target_id is not null;

-- Users and agencies are searched by any part of a name, username or code (LIKE '%...%'):
-- trigram indexes serve that, where a btree cannot (pg_trgm is created by V10).
create extension if not exists pg_trgm;
create index app_user_username_trgm_idx on app_user using gin (lower(username) gin_trgm_ops);
create index app_user_full_name_trgm_idx on app_user using gin (lower(full_name) gin_trgm_ops);
create index agency_name_trgm_idx on agency using gin (lower(name) gin_trgm_ops);
create index agency_code_trgm_idx on agency using gin (lower(code) gin_trgm_ops);
