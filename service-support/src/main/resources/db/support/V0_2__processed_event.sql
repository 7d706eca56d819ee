-- Ids of events a consumer has applied, for idempotent consumption (see io.demarc.service.messaging).
create table processed_event (
    event_id     text primary key,
    processed_at timestamptz not null
);
