-- Every change of status of a finding, with its time: the finding's timeline.
create table status_flip (
    id              bigserial   primary key,
    tenant_id       text        not null,
    finding_id      text        not null,
    previous_status text,
    status          text        not null,
    flipped_at      timestamptz not null
);

create index status_flip_by_finding on status_flip (tenant_id, finding_id, id);
