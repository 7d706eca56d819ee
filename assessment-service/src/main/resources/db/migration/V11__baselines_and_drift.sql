-- Approved baselines: a snapshot of the configuration of every live resource of a tenant, or of one account, taken
-- when a tenant-admin approved it. A resource's baseline is the newest baseline that holds it.
create table baseline (
    id            bigint      generated always as identity primary key,
    tenant_id     text        not null,
    -- Null for a tenant-wide baseline.
    account_id    text,
    note          text,
    approved_by   text        not null,
    approved_at   timestamptz not null,
    resource_count integer    not null
);

create index baseline_by_tenant on baseline (tenant_id, id);

create table baseline_item (
    tenant_id          text        not null,
    -- account/region/resourceType/resourceId, as resource_item.resource_key.
    resource_key       text        not null,
    baseline_id        bigint      not null references baseline (id),
    configuration      jsonb,
    item_capture_time  timestamptz,
    primary key (tenant_id, resource_key, baseline_id)
);

-- Every configuration item that differed from its resource's baseline, with the RFC 6902 patch from the baseline to
-- it. Only non-empty patches are stored; a replayed item is not stored twice.
create table drift (
    id                bigint      generated always as identity primary key,
    tenant_id         text        not null,
    baseline_id       bigint      not null references baseline (id),
    resource_key      text        not null,
    account_id        text        not null,
    aws_region        text,
    resource_type     text        not null,
    resource_id       text        not null,
    arn               text,
    patch             jsonb       not null,
    item_hash         text        not null,
    item_capture_time timestamptz,
    detected_at       timestamptz not null
);

create index drift_by_tenant on drift (tenant_id, id);
create index drift_by_resource on drift (tenant_id, resource_key, id);
