package io.demarc.contracts;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The one shape every source is normalized into: the fields of an AWS Config configuration item. Live collection,
 * AWS Config snapshots and recorded API responses all end up here, so one rule language serves every source.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConfigurationItem(
        String accountId,
        String awsRegion,
        String resourceType,
        String resourceId,
        String resourceName,
        String arn,
        Instant configurationItemCaptureTime,
        String configurationStateId,
        String configurationItemStatus,
        Map<String, String> tags,
        JsonNode configuration,
        JsonNode supplementaryConfiguration) {

    @JsonIgnore
    public ResourceRef ref() {
        return new ResourceRef(accountId, awsRegion, resourceType, resourceId, arn);
    }

    /** AWS Config's status for an item whose resource no longer exists. */
    @JsonIgnore
    public boolean isDeletion() {
        return configurationItemStatus != null && configurationItemStatus.startsWith("ResourceDeleted");
    }
}
