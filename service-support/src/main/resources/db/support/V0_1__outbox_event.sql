-- Transactional outbox shared by every producing service (see io.demarc.service.outbox).
-- Ids come from a sequence allocated 50 at a time so appends can be batched; order of ids is publish order.
create sequence outbox_event_seq increment by 50;

create table outbox_event (
    id          bigint      primary key,
    topic       text        not null,
    record_key  text        not null,
    tenant_id   text        not null,
    event_type  text        not null,
    payload     text        not null,
    created_at  timestamptz not null
);
