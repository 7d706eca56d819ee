package io.demarc.inventory.collect.aggregator;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.config.model.AggregateResourceIdentifier;

/**
 * One row of the aggregator query: which resource, where, and its tags (BatchGetAggregateResourceConfig's items carry
 * none, so they are taken from the query).
 *
 * @param tags the query's {@code tags} column ({@code [{"key": .., "value": ..}]}), or {@code null}
 */
record SelectedResource(String accountId, String region, String resourceType, String resourceId, String resourceName,
        JsonNode tags) {

    AggregateResourceIdentifier identifier() {
        return AggregateResourceIdentifier.builder().sourceAccountId(accountId).sourceRegion(region)
                .resourceType(resourceType).resourceId(resourceId).resourceName(resourceName).build();
    }

    /** The same resource as the item {@code accountId/region/type/id} returned for it. */
    String key() {
        return key(accountId, region, resourceType, resourceId);
    }

    static String key(String accountId, String region, String resourceType, String resourceId) {
        return accountId + '/' + region + '/' + resourceType + '/' + resourceId;
    }
}
