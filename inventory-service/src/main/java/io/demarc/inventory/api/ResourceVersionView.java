package io.demarc.inventory.api;

import java.time.Instant;

import io.demarc.contracts.ConfigurationItem;

/**
 * One stored version of a resource.
 *
 * @param current whether this is the version the resource holds now
 * @param storedAt when Demarc stored this version
 * @param replacedAt when a newer version replaced it; null for the current one
 */
public record ResourceVersionView(
        boolean current,
        Instant configurationItemCaptureTime,
        String configurationStateId,
        String configurationItemStatus,
        boolean deleted,
        Instant storedAt,
        Instant replacedAt,
        ConfigurationItem item) {
}
