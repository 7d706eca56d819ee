-- The latest evaluation of each control on each resource of a tenant. A finding event is emitted only when the
-- status of a row changes, so this table is what "changed" is measured against.
create table evaluation (
    tenant_id         text        not null,
    -- Stable id of the (tenant, control, resource) triple; see io.demarc.assessment.service.FindingIds.
    finding_id        text        not null,
    control_id        text        not null,
    account_id        text        not null,
    aws_region        text,
    resource_type     text        not null,
    resource_id       text        not null,
    arn               text,
    status            text        not null check (status in ('PASS', 'FAIL', 'NOT_APPLICABLE', 'ERROR')),
    -- Why the control did not apply, or what went wrong for ERROR.
    message           text,
    item_hash         text        not null,
    item_capture_time timestamptz,
    evaluated_at      timestamptz not null,
    catalog_version   text        not null,
    evidence          jsonb,
    primary key (tenant_id, finding_id)
);

-- Every evaluation of one resource is read at once when a new item of it arrives.
create index evaluation_by_resource on evaluation (tenant_id, account_id, resource_type, resource_id);
