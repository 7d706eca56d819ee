-- The tenant's owner assignments as ownership-service announces them, kept so owners resolve without calling it.
create table owner_assignment (
    tenant_id     text        not null,
    assignment_id text        not null,
    domain        text        not null,
    -- JSON of io.demarc.contracts.Assignment as last announced.
    assignment    jsonb       not null,
    updated_at    timestamptz not null,
    primary key (tenant_id, assignment_id)
);
