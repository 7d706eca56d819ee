-- Risk acceptances ("exceptions"): one finding, or one control at a scope, accepted until an expiry date. Only an
-- APPROVED row whose expires_at is still ahead suppresses findings.
create table risk_exception (
    id            text        primary key,
    -- Newest-first ordering and the opaque list cursor; ids are random and say nothing about order.
    seq           bigint      generated always as identity unique,
    tenant_id     text        not null,
    control_id    text        not null,
    -- Either a finding, or a scope (kind + value as in io.demarc.contracts.AssignmentScope), never both.
    finding_id    text,
    scope_kind    text        check (scope_kind in ('TENANT', 'ACCOUNT', 'RESOURCE_TYPE', 'TAG', 'RESOURCE')),
    scope_value   text,
    justification text        not null,
    state         text        not null check (state in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED')),
    requested_by  text        not null,
    requested_at  timestamptz not null,
    decided_by    text,
    decided_at    timestamptz,
    expires_at    timestamptz not null,
    changed_by    text        not null,
    changed_at    timestamptz not null,
    check ((finding_id is null) <> (scope_kind is null)),
    -- Four eyes, as a second wall behind the service: nobody approves their own request.
    check (state <> 'APPROVED' or decided_by <> requested_by)
);

-- Coverage lookups: the approved exceptions of one control of a tenant.
create index risk_exception_by_control on risk_exception (tenant_id, control_id, state);
-- The expiry job: approved or pending exceptions whose time has come.
create index risk_exception_by_expiry on risk_exception (expires_at) where state in ('REQUESTED', 'APPROVED');

-- Who did what to an exception, when. Append-only: the trigger below refuses updates and deletes.
create table exception_audit (
    seq          bigint      generated always as identity primary key,
    tenant_id    text        not null,
    exception_id text        not null references risk_exception (id),
    action       text        not null check (action in ('REQUESTED', 'APPROVED', 'REJECTED', 'REVOKED', 'EXPIRED')),
    actor        text        not null,
    at           timestamptz not null,
    -- The reason given with a decision or a revocation; for REQUESTED, the justification.
    note         text
);

create index exception_audit_by_exception on exception_audit (tenant_id, exception_id, seq);

create function exception_audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'exception_audit is append-only: % refused', tg_op;
end;
$$;

create trigger exception_audit_append_only before update or delete on exception_audit
    for each row execute function exception_audit_is_append_only();
