-- The finding list's newer filters, each served by an index as the older ones are.
-- By owner (a team, or none: the console's findings filter): read in list order, so pages continue by key as
-- finding_list_idx does.
create index finding_owner_list_idx on finding (tenant_id, owner_team_id, severity_rank, finding_id);
-- By resource (the console's resource page): few findings per resource, sorted after the lookup.
create index finding_resource_idx on finding (tenant_id, resource_id);
-- By framework requirement: jsonb containment (framework_refs @> '{"cis-aws-3.0":["5.2"]}') on the references.
create index finding_refs_idx on finding using gin (framework_refs jsonb_path_ops);
