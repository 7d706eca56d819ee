package io.demarc.inventory.api;

import java.time.Instant;

/** A resource in a list: what identifies it and its newest configuration item's state, without the item itself. */
public record ResourceSummary(
        long id,
        String accountId,
        String awsRegion,
        String resourceType,
        String resourceId,
        String resourceName,
        String arn,
        Instant configurationItemCaptureTime,
        String configurationStateId,
        String configurationItemStatus,
        boolean deleted,
        Instant updatedAt) {
}
