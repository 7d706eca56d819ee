package io.demarc.inventory.collect.aggregator;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The advanced query (AWS Config's SQL) that lists an aggregator's resources, and the reading of its rows. Resource
 * types are checked again here although the request was validated: they are pasted into the expression.
 */
final class AggregatorQuery {

    static final Pattern RESOURCE_TYPE = Pattern.compile("AWS::[A-Za-z0-9]+::[A-Za-z0-9]+");
    private static final String COLUMNS = "SELECT resourceId, resourceType, resourceName, awsRegion, accountId, tags";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AggregatorQuery() {
    }

    /** @param resourceTypes the types to select; every type when {@code null} or empty */
    static String expression(List<String> resourceTypes) {
        if (resourceTypes == null || resourceTypes.isEmpty()) {
            return COLUMNS;
        }
        resourceTypes.forEach(type -> {
            if (!RESOURCE_TYPE.matcher(type).matches()) {
                throw new IllegalArgumentException("not a resource type: " + type);
            }
        });
        return COLUMNS + " WHERE resourceType IN ("
                + resourceTypes.stream().distinct().map(type -> "'" + type + "'").collect(Collectors.joining(", "))
                + ")";
    }

    /** One result row (AWS gives each as a JSON string), or {@code null} when it lacks what identifies a resource. */
    static SelectedResource row(String text) {
        JsonNode row;
        try {
            row = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        String accountId = row.path("accountId").asText(null);
        String region = row.path("awsRegion").asText(null);
        String type = row.path("resourceType").asText(null);
        String id = row.path("resourceId").asText(null);
        if (accountId == null || region == null || type == null || id == null) {
            return null;
        }
        JsonNode tags = row.get("tags");
        return new SelectedResource(accountId, region, type, id, row.path("resourceName").asText(null),
                tags == null || tags.isNull() ? null : tags);
    }
}
