package io.demarc.service.outbox;

/** An outbox row the relay has locked and is about to publish. */
record PendingEvent(long id, String topic, String key, String tenantId, String eventType, String payload) {
}
