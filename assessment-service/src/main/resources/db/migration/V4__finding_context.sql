-- What was last announced about each finding beyond its status: the owner, the covering exception and when it was
-- first seen. A refresh compares against these to announce only what changed.
alter table evaluation
    add column domain               text,
    add column owner_team_id        text,
    add column owner_name           text,
    add column owner_contact_email  text,
    add column owner_keycloak_group text,
    add column first_seen           timestamptz,
    add column exception_id         text,
    add column exception_expires_at timestamptz;

update evaluation set first_seen = evaluated_at;
alter table evaluation alter column first_seen set not null;

-- The findings API pages by finding id within a tenant and filters mostly by status and owner.
create index evaluation_by_status on evaluation (tenant_id, status, finding_id);
create index evaluation_by_owner on evaluation (tenant_id, owner_team_id, finding_id);
create index evaluation_by_control on evaluation (tenant_id, control_id);
