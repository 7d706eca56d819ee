-- Resources: the newest AWS Config configuration item of every resource of every tenant.
-- item is the normalized item (io.demarc.contracts.ConfigurationItem); item_hash is the SHA-256 of its canonical JSON,
-- compared on every import so that re-sending an item changes nothing and emits nothing.
create sequence resource_seq increment by 50;

-- Identifiers use the "C" collation: they compare byte by byte, so the listing order is the same on every server
-- whatever its locale, and comparisons are cheaper.
create table resource (
    id            bigint primary key,
    tenant_id     text collate "C" not null,
    account_id    text collate "C" not null,
    aws_region    text collate "C",
    resource_type text collate "C" not null,
    resource_id   text collate "C" not null,
    resource_name text,
    arn           text,
    capture_time  timestamptz not null,
    state_id      text,
    item_status   text,
    deleted       boolean     not null default false,
    item          jsonb       not null,
    item_hash     text        not null,
    updated_at    timestamptz not null,
    -- One row per resource. Old items may carry no region: NULLS NOT DISTINCT keeps those unique too. The column order
    -- lets this one index also serve the (tenant_id, resource_type) filter, the listing order (type, then id) and the
    -- import's look-up by (tenant, types, ids).
    constraint resource_key unique nulls not distinct (tenant_id, resource_type, resource_id, account_id, aws_region)
);
