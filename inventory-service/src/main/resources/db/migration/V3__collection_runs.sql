-- Live collection runs: one row per run, one per step (account x region x service; region 'global' for IAM and S3),
-- and the raw AWS answers of each step kept as evidence: a zip of recorded responses in the format uploads use
-- (<endpoint>.<Operation>_<N>.json), stored in PostgreSQL so that evidence is backed up and removed with the rest.
-- A run's counts are the sums of its steps' counts, never stored twice, so they always reconcile.
create sequence collection_run_seq increment by 1;
create sequence collection_run_step_seq increment by 50;

create table collection_run (
    id           bigint primary key,
    tenant_id    text collate "C" not null references tenant (id),
    trigger      text        not null,
    status       text        not null,
    requested_by text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    constraint collection_run_status check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED')),
    constraint collection_run_trigger check (trigger in ('REQUESTED', 'SCHEDULED'))
);
-- Listing a tenant's runs newest first, by cursor.
create index collection_run_tenant on collection_run (tenant_id, id desc);

create table collection_run_step (
    id           bigint primary key,
    run_id       bigint      not null references collection_run (id) on delete cascade,
    tenant_id    text collate "C" not null,
    account_id   text collate "C" not null,
    region       text collate "C" not null,
    service      text collate "C" not null,
    status       text        not null,
    error        text,
    calls        int         not null default 0,
    failed_calls int         not null default 0,
    items        int         not null default 0,
    stored       int         not null default 0,
    unchanged    int         not null default 0,
    stale        int         not null default 0,
    deleted      int         not null default 0,
    started_at   timestamptz,
    finished_at  timestamptz,
    constraint collection_run_step_status check (status in ('PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED', 'SKIPPED')),
    constraint collection_run_step_key unique (run_id, account_id, region, service)
);

create table collection_recording (
    step_id   bigint primary key references collection_run_step (id) on delete cascade,
    tenant_id text collate "C" not null,
    zip       bytea not null
);
