-- The latest configuration item of every resource of a tenant, so that findings can be re-evaluated without
-- inventory (a new catalog version, a custom control created or changed) and owners resolved by tag.
create table resource_item (
    tenant_id              text        not null,
    -- account/region/resourceType/resourceId; see io.demarc.assessment.model.ResourceKeys.
    resource_key           text        not null,
    account_id             text        not null,
    aws_region             text,
    resource_type          text        not null,
    resource_id            text        not null,
    arn                    text,
    tags                   jsonb       not null default '{}',
    item                   jsonb       not null,
    item_capture_time      timestamptz,
    configuration_state_id text,
    -- A deleted resource keeps its last item: a late, older item must not bring it back.
    deleted                boolean     not null default false,
    -- The catalog version the item was last evaluated with; another version means it is due for re-evaluation.
    catalog_version        text        not null,
    updated_at             timestamptz not null,
    primary key (tenant_id, resource_key)
);

-- Custom controls re-evaluate the resources of their types; AWS Config's oldest items spell types upper-case.
create index resource_item_by_type on resource_item (tenant_id, lower(resource_type));
-- Account-scoped controls read every item of an account and region.
create index resource_item_by_account on resource_item (tenant_id, account_id, aws_region);
-- Startup looks for items evaluated with another catalog version.
create index resource_item_by_catalog on resource_item (catalog_version) where not deleted;
