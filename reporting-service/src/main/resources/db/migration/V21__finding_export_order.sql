-- Exports and evidence packages read a tenant's findings in key order, a batch at a time ("id > last order by id").
-- Without this index every batch scans and sorts all of the tenant's findings.
create index finding_tenant_key_idx on finding (tenant_id, id);
