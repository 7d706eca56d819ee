package io.demarc.service.outbox;

/**
 * An event already written as CloudEvents JSON, for producers that build the JSON themselves (e.g. around an item they
 * serialized once) and append many events at a time.
 *
 * @param payload the CloudEvents JSON, published as it is
 */
public record SerializedEvent(String topic, String key, String tenantId, String eventType, String payload) {
}
