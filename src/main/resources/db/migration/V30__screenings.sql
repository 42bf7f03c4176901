-- Screenings: what a caseworker recorded about a case, what the engine concluded from it under the rule set
-- then in force, and who determined, confirmed or returned it. Each screening is kept; a case has several over time.
create table screening (
    id                     bigint generated always as identity primary key,
    case_id                bigint       not null references victim_case (id),
    case_number            varchar(20)  not null,
    version                bigint       not null default 0,
    status                 varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'CONFIRMED', 'RETURNED')),
    ruleset_version        varchar(30)  not null,
    age_years              integer check (age_years between 0 and 120),
    -- the engine's result for the recorded facts
    outcome                varchar(30)  not null,
    element_act            varchar(7)   not null,
    element_means          varchar(7)   not null,
    element_purpose        varchar(7)   not null,
    element_child          varchar(7)   not null,
    element_trafficking    varchar(7)   not null,
    element_smuggling      varchar(7)   not null,
    element_irregular      varchar(7)   not null,
    flags                  varchar(30)[] not null default '{}',
    competent_agency       varchar(10)  not null,
    -- ILO/EC operational indicators ticked (codes), optional
    indicators             varchar(60)[] not null default '{}',
    -- the person's determination; the reason is required when it differs from the engine's outcome
    determination          varchar(30),
    determination_reason   varchar(2000),
    supervisor_comment     varchar(2000),
    created_at             timestamptz  not null,
    created_by             varchar(100) not null,
    created_by_name        varchar(200),
    updated_at             timestamptz  not null,
    updated_by             varchar(100) not null,
    updated_by_name        varchar(200),
    submitted_at           timestamptz,
    submitted_by           varchar(100),
    submitted_by_name      varchar(200),
    reviewed_at            timestamptz,
    reviewed_by            varchar(100),
    reviewed_by_name       varchar(200),
    check (status = 'DRAFT' or determination is not null)
);

-- The case page's history and the API's list: newest first.
create index screening_case_idx on screening (case_id, created_at desc, id desc);

-- Every fact of a screening with its answer (YES, NO or UNKNOWN), so old screenings keep exactly what was asked.
create table screening_fact (
    screening_id bigint      not null references screening (id) on delete cascade,
    fact_code    varchar(40) not null,
    answer       varchar(7)  not null check (answer in ('YES', 'NO', 'UNKNOWN')),
    primary key (screening_id, fact_code)
);

-- The latest confirmed determination (an outcome name) on the case row, for the case list and statistics.
alter table victim_case add column confirmed_determination varchar(30);
create index victim_case_agency_determination_idx
    on victim_case (owning_agency_id, confirmed_determination, identified_on desc, id desc);
