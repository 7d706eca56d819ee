package io.demarc.inventory.service;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.engine.CanonicalJson;
import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.contracts.ConfigurationItem;

/**
 * The hash {@link ConfigurationItemHash} computes, without its copy of the whole item: the item's tree is built around
 * its configuration nodes instead of serializing them into a new tree ({@code valueToTree}), which was half the cost of
 * hashing at ingest. The tree holds what the event encoding writes: every non-null field, times in ISO-8601.
 */
final class ItemHash {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ItemHash() {
    }

    static String sha256(ConfigurationItem item) {
        return CanonicalJson.sha256(tree(item));
    }

    /** The tree {@code EventCodec.mapper().valueToTree(item)} gives, sharing the item's configuration nodes. */
    static ObjectNode tree(ConfigurationItem item) {
        ObjectNode tree = NODES.objectNode();
        putText(tree, "accountId", item.accountId());
        putText(tree, "awsRegion", item.awsRegion());
        putText(tree, "resourceType", item.resourceType());
        putText(tree, "resourceId", item.resourceId());
        putText(tree, "resourceName", item.resourceName());
        putText(tree, "arn", item.arn());
        if (item.configurationItemCaptureTime() != null) {
            // The codec writes an Instant with ISO_INSTANT, as Instant.toString does.
            tree.put("configurationItemCaptureTime", item.configurationItemCaptureTime().toString());
        }
        putText(tree, "configurationStateId", item.configurationStateId());
        putText(tree, "configurationItemStatus", item.configurationItemStatus());
        if (item.tags() != null) {
            ObjectNode tags = tree.putObject("tags");
            for (Map.Entry<String, String> tag : item.tags().entrySet()) {
                tags.set(tag.getKey(), tag.getValue() == null ? NODES.nullNode() : NODES.textNode(tag.getValue()));
            }
        }
        putNode(tree, "configuration", item.configuration());
        putNode(tree, "supplementaryConfiguration", item.supplementaryConfiguration());
        return tree;
    }

    private static void putText(ObjectNode tree, String field, String value) {
        if (value != null) {
            tree.put(field, value);
        }
    }

    private static void putNode(ObjectNode tree, String field, JsonNode value) {
        if (value != null) {
            tree.set(field, value);
        }
    }
}
