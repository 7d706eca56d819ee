package io.demarc.service.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;

/** Appends events to the outbox inside the caller's transaction: state and event commit together or not at all. */
@ApplicationScoped
public class Outbox {

    @Inject
    OutboxRows rows;

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String topic, String key, CloudEvent<?> event) {
        OutboxEvent row = new OutboxEvent();
        row.topic = topic;
        row.recordKey = key;
        row.tenantId = event.tenantid();
        row.eventType = event.type();
        row.payload = EventCodec.write(event);
        row.createdAt = Instant.now();
        row.persist();
    }

    /**
     * Appends events already written as JSON, in JDBC batches and in list order. For producers of many events at once:
     * no entity per event, and the payloads are stored as they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<SerializedEvent> events) {
        if (!events.isEmpty()) {
            rows.insert(events);
        }
    }
}
