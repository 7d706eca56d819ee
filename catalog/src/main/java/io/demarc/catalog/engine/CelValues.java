package io.demarc.catalog.engine;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.POJONode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.protobuf.ByteString;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

import dev.cel.common.values.NullValue;

/**
 * Converts between JSON and the values CEL's standard runtime understands: maps, lists, strings, booleans, doubles,
 * and integers as {@code Long} only. A JSON null is dropped, so for a rule "absent" and "null" are the same thing and
 * {@code has(p.fromPort)} is all a rule needs to ask.
 */
final class CelValues {

    private CelValues() {
    }

    /**
     * The CEL value of a configuration item: equal to {@code fromJson(ItemTree.of(item))}, built from the item's
     * fields without the intermediate tree (the fields in the codec's order; an {@code Instant} as the codec writes
     * it, ISO-8601 as {@link java.time.Instant#toString()}). Only the configuration trees are converted.
     */
    static Map<String, Object> ofItem(ConfigurationItem item) {
        ImmutableMap.Builder<String, Object> map = ImmutableMap.builderWithExpectedSize(12);
        putText(map, "accountId", item.accountId());
        putText(map, "awsRegion", item.awsRegion());
        putText(map, "resourceType", item.resourceType());
        putText(map, "resourceId", item.resourceId());
        putText(map, "resourceName", item.resourceName());
        putText(map, "arn", item.arn());
        if (item.configurationItemCaptureTime() != null) {
            map.put("configurationItemCaptureTime", item.configurationItemCaptureTime().toString());
        }
        putText(map, "configurationStateId", item.configurationStateId());
        putText(map, "configurationItemStatus", item.configurationItemStatus());
        if (item.tags() != null) {
            ImmutableMap.Builder<String, Object> tags = ImmutableMap.builderWithExpectedSize(item.tags().size());
            item.tags().forEach((key, value) -> {
                if (value != null) {
                    tags.put(key, value);
                }
            });
            map.put("tags", tags.buildOrThrow());
        }
        putValue(map, "configuration", fromJson(item.configuration()));
        putValue(map, "supplementaryConfiguration", fromJson(item.supplementaryConfiguration()));
        return map.buildOrThrow();
    }

    private static void putText(ImmutableMap.Builder<String, Object> map, String name, String value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    private static void putValue(ImmutableMap.Builder<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }

    /** The CEL value of a JSON value; null for JSON null. */
    static Object fromJson(JsonNode node) {
        if (node == null) {
            return null;
        }
        switch (node.getNodeType()) {
            case OBJECT : {
                ImmutableMap.Builder<String, Object> map = ImmutableMap.builderWithExpectedSize(node.size());
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    Object value = fromJson(field.getValue());
                    if (value != null) {
                        map.put(field.getKey(), value);
                    }
                }
                return map.buildOrThrow();
            }
            case ARRAY : {
                ImmutableList.Builder<Object> list = ImmutableList.builderWithExpectedSize(node.size());
                for (JsonNode element : node) {
                    Object value = fromJson(element);
                    if (value != null) {
                        list.add(value);
                    }
                }
                return list.build();
            }
            case STRING :
                return node.textValue();
            case NUMBER :
                // Boxed apart: a conditional expression would widen the long to double.
                if (node.isIntegralNumber() && node.canConvertToLong()) {
                    return Long.valueOf(node.longValue());
                }
                return Double.valueOf(node.doubleValue());
            case BOOLEAN :
                return node.booleanValue();
            case BINARY :
                return node.asText();
            case POJO :
                return fromJson(EventCodec.mapper().valueToTree(((POJONode) node).getPojo()));
            default :
                return null;
        }
    }

    /** The JSON of a CEL result, for evidence. */
    static JsonNode toJson(Object value) {
        if (value instanceof ByteString bytes) {
            return JsonNodeFactory.instance.binaryNode(bytes.toByteArray());
        }
        if (value == null || value instanceof Enum<?> || value instanceof NullValue) {
            // CEL's null arrives as dev.cel's NullValue (or protobuf's NullValue enum, depending on the runtime).
            return JsonNodeFactory.instance.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            var object = JsonNodeFactory.instance.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key), toJson(element)));
            return object;
        }
        if (value instanceof Iterable<?> list) {
            var array = JsonNodeFactory.instance.arrayNode();
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof String text) {
            return JsonNodeFactory.instance.textNode(text);
        }
        if (value instanceof Long number) {
            return JsonNodeFactory.instance.numberNode(number);
        }
        if (value instanceof Double number) {
            return JsonNodeFactory.instance.numberNode(number);
        }
        if (value instanceof Boolean bool) {
            return JsonNodeFactory.instance.booleanNode(bool);
        }
        return EventCodec.mapper().valueToTree(value);
    }
}
