package io.demarc.service.outbox;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;

/** Appends events to the outbox inside the caller's transaction: state and event commit together or not at all. */
@ApplicationScoped
public class Outbox {

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
}
