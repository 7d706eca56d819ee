package io.demarc.inventory.api;

import java.time.Instant;

import io.demarc.contracts.ConfigurationItem;

/** One resource with its newest configuration item. */
public record ResourceDetail(
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
        Instant updatedAt,
        ConfigurationItem item) {
}
