package io.demarc.catalog.engine;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.ConfigurationItem;

/**
 * A configuration item as the JSON tree the event codec would write, built field by field. The codec's
 * {@code valueToTree} serializes the whole item into tokens and reads them back, copying the configuration trees the
 * item already holds; that alone cost half as much as parsing the item.
 */
public final class ItemTree {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ItemTree() {
    }

    /** Equal to {@code EventCodec.mapper().valueToTree(item)}: same fields, same order, nulls left out. */
    public static ObjectNode of(ConfigurationItem item) {
        ObjectNode tree = NODES.objectNode();
        text(tree, "accountId", item.accountId());
        text(tree, "awsRegion", item.awsRegion());
        text(tree, "resourceType", item.resourceType());
        text(tree, "resourceId", item.resourceId());
        text(tree, "resourceName", item.resourceName());
        text(tree, "arn", item.arn());
        time(tree, "configurationItemCaptureTime", item.configurationItemCaptureTime());
        text(tree, "configurationStateId", item.configurationStateId());
        text(tree, "configurationItemStatus", item.configurationItemStatus());
        if (item.tags() != null) {
            ObjectNode tags = tree.putObject("tags");
            for (Map.Entry<String, String> tag : item.tags().entrySet()) {
                tags.put(tag.getKey(), tag.getValue());
            }
        }
        tree(tree, "configuration", item.configuration());
        tree(tree, "supplementaryConfiguration", item.supplementaryConfiguration());
        return tree;
    }

    private static void text(ObjectNode tree, String name, String value) {
        if (value != null) {
            tree.put(name, value);
        }
    }

    private static void time(ObjectNode tree, String name, Instant value) {
        if (value != null) {
            // The codec writes an Instant with ISO_INSTANT, as Instant.toString does (ItemTreeTest holds them equal).
            tree.put(name, value.toString());
        }
    }

    private static void tree(ObjectNode tree, String name, JsonNode value) {
        if (value != null) {
            tree.set(name, value);
        }
    }
}
