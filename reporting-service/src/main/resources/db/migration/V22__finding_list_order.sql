-- The finding list pages by key: most severe first, then by finding id, continuing after the last (rank, id) seen.
-- These indexes hand the rows over in that order, so a page reads about as many rows as it returns, however far in
-- it is; the second serves the most common filter (status), and makes the (tenant_id, status) index redundant.
create index finding_list_idx on finding (tenant_id, severity_rank, finding_id);
create index finding_status_list_idx on finding (tenant_id, status, severity_rank, finding_id);
drop index finding_tenant_status_idx;
