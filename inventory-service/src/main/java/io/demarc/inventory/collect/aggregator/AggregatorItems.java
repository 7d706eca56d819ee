package io.demarc.inventory.collect.aggregator;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.contracts.ConfigurationItem;

import software.amazon.awssdk.services.config.model.BaseConfigurationItem;

/**
 * Turns the aggregator's {@link BaseConfigurationItem}s into configuration items: first into the item shape of AWS
 * Config's API ({@code configuration} and supplementary values still JSON strings), then through the same
 * {@link ConfigurationItemParser} as every uploaded import, so an item reads the same whatever its source.
 */
final class AggregatorItems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurationItemParser parser = new ConfigurationItemParser(1);

    /** The item, or {@code null} when it does not normalize (which the import counts as invalid). */
    ConfigurationItem normalize(BaseConfigurationItem item, JsonNode tags) {
        try {
            List<ConfigurationItem> parsed = parser.parse(JSON.writeValueAsBytes(apiShape(item, tags)));
            return parsed.get(0);
        } catch (InvalidImportException | JsonProcessingException e) {
            return null;
        }
    }

    /** The item as AWS Config's GetResourceConfigHistory gives it, with the query's tags added. */
    static ObjectNode apiShape(BaseConfigurationItem item, JsonNode tags) {
        ObjectNode node = JSON.createObjectNode();
        put(node, "version", item.version());
        put(node, "accountId", item.accountId());
        put(node, "configurationItemCaptureTime", item.configurationItemCaptureTime());
        put(node, "configurationItemStatus", item.configurationItemStatusAsString());
        put(node, "configurationStateId", item.configurationStateId());
        put(node, "arn", item.arn());
        put(node, "resourceType", item.resourceTypeAsString());
        put(node, "resourceId", item.resourceId());
        put(node, "resourceName", item.resourceName());
        put(node, "awsRegion", item.awsRegion());
        put(node, "availabilityZone", item.availabilityZone());
        put(node, "resourceCreationTime", item.resourceCreationTime());
        put(node, "configuration", item.configuration());
        if (item.hasSupplementaryConfiguration()) {
            ObjectNode supplementary = node.putObject("supplementaryConfiguration");
            item.supplementaryConfiguration().forEach(supplementary::put);
        }
        if (tags != null) {
            node.set("tags", tags);
        }
        return node;
    }

    private static void put(ObjectNode node, String field, Object value) {
        if (value != null) {
            node.put(field, value instanceof Instant time ? time.toString() : value.toString());
        }
    }
}
