-- Controls a tenant wrote itself, evaluated beside the catalog's for that tenant only.
create table custom_control (
    tenant_id  text        not null,
    control_id text        not null check (control_id like 'custom-%'),
    -- JSON of io.demarc.catalog.controls.Control, as accepted (validated and compiled) at upload.
    definition jsonb       not null,
    -- Grows with every change, so replicas know when the compiled form they cache is out of date.
    revision   integer     not null,
    created_by text,
    created_at timestamptz not null,
    updated_by text,
    updated_at timestamptz not null,
    primary key (tenant_id, control_id)
);
