-- Attestations of framework requirements no control can check (fulfilment MANUAL) or that AWS and the customer share:
-- a statement, an attestor, a validity period and an evidence file. Outside its period an attestation counts as
-- missing; a withdrawn one counts for nothing.
create table attestation (
    id                    text        primary key,
    -- Newest-first ordering and the opaque list cursor.
    seq                   bigint      generated always as identity unique,
    tenant_id             text        not null,
    framework             text        not null,
    requirement_id        text        not null,
    statement             text        not null,
    attestor              text        not null,
    evidence_file_name    text        not null,
    evidence_content_type text        not null,
    evidence_size         bigint      not null,
    evidence_sha256       text        not null,
    valid_from            date        not null,
    valid_until           date        not null,
    recorded_by           text        not null,
    recorded_at           timestamptz not null,
    withdrawn_by          text,
    withdrawn_at          timestamptz,
    check (valid_from <= valid_until)
);

create index attestation_by_requirement on attestation (tenant_id, framework, requirement_id);

-- The evidence file's bytes, apart from the row so that listing attestations never reads them.
create table attestation_evidence (
    attestation_id text  primary key references attestation (id),
    tenant_id      text  not null,
    content        bytea not null
);
