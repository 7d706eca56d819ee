package io.demarc.inventory.api;

import java.time.Instant;

/**
 * A resource in a list: what identifies it and its newest configuration item's state, without the item itself.
 *
 * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED, or UNKNOWN for a type the catalog does not know
 */
public record ResourceSummary(
        long id,
        String accountId,
        String awsRegion,
        String resourceType,
        String serviceModel,
        String resourceId,
        String resourceName,
        String arn,
        Instant configurationItemCaptureTime,
        String configurationStateId,
        String configurationItemStatus,
        boolean deleted,
        Instant updatedAt) {
}
