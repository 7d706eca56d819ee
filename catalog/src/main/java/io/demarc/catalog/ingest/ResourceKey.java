package io.demarc.catalog.ingest;

import io.demarc.contracts.ConfigurationItem;

/**
 * What identifies one resource within a tenant: two configuration items with the same key describe the same resource
 * at different times. The region is part of the key ({@code null} for old items that carry none).
 */
public record ResourceKey(String accountId, String awsRegion, String resourceType, String resourceId) {

    public static ResourceKey of(ConfigurationItem item) {
        return new ResourceKey(item.accountId(), item.awsRegion(), item.resourceType(), item.resourceId());
    }
}
