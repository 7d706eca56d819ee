package io.demarc.inventory.api;

import java.time.Instant;

import io.demarc.contracts.ConfigurationItem;

/**
 * One resource with its newest configuration item.
 *
 * @param serviceModel IAAS, PAAS, SERVERLESS, ABSTRACTED, or UNKNOWN for a type the catalog does not know
 */
public record ResourceDetail(
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
        Instant updatedAt,
        ConfigurationItem item) {
}
