package io.demarc.catalog.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds the configuration items inside the envelopes AWS delivers them in: a bare item, a JSON array of items, a
 * snapshot or history page ({@code configurationItems}), a BatchGetResourceConfig answer
 * ({@code baseConfigurationItems}), a SelectResourceConfig answer ({@code Results}, items as JSON strings), a
 * {@code ConfigurationItemChangeNotification} (one item, or an array of them in v1.0), that notification wrapped in an
 * SNS message, an EventBridge event or a Config rule invocation ({@code invokingEvent}). Messages that carry no item
 * (compliance changes, snapshot deliveries, scheduled or oversized notifications) are refused by name.
 */
final class ImportShapes {

    private static final int MAX_ENVELOPES = 4;
    private static final List<String> ITEM_LISTS = List.of("configurationItems", "baseConfigurationItems", "Results");
    private static final List<String> ITEM_FIELDS = List.of("resourceType", "resourceId", "accountId", "awsAccountId",
            "arn", "ARN", "configuration", "configurationItemCaptureTime");
    private static final String CHANGE_NOTIFICATION = "ConfigurationItemChangeNotification";
    private static final String OVERSIZED_NOTIFICATION = "OversizedConfigurationItemChangeNotification";

    private final ObjectMapper json;

    ImportShapes(ObjectMapper json) {
        this.json = json;
    }

    /** The item nodes, in order; each still has to be checked. */
    List<JsonNode> items(JsonNode root) {
        return items(root, 0);
    }

    private List<JsonNode> items(JsonNode node, int envelopes) {
        if (envelopes > MAX_ENVELOPES) {
            throw refused("the configuration items are wrapped in too many envelopes");
        }
        if (node.isArray()) {
            return elements(node);
        }
        if (!node.isObject()) {
            throw refused("expected a JSON object or array, got " + kind(node));
        }
        if (node.has("Type") && node.has("Message")) {
            return items(embedded(node.get("Message"), "the SNS Message"), envelopes + 1);
        }
        if (node.has("invokingEvent")) {
            return items(embedded(node.get("invokingEvent"), "the invokingEvent"), envelopes + 1);
        }
        if (node.has("detail-type") && node.has("detail")) {
            return eventBridgeItems(node, envelopes);
        }
        for (String list : ITEM_LISTS) {
            if (node.has(list)) {
                if (!node.get(list).isArray()) {
                    throw refused(
                            "'" + list + "' must be an array of configuration items, got " + kind(node.get(list)));
                }
                return elements(node.get(list));
            }
        }
        if (node.has("messageType")) {
            return notificationItems(node, node.get("messageType").asText());
        }
        if (node.has("configurationItem")) {
            return notificationItems(node, CHANGE_NOTIFICATION);
        }
        if (node.has("configurationItemSummary")) {
            return notificationItems(node, OVERSIZED_NOTIFICATION);
        }
        if (ITEM_FIELDS.stream().noneMatch(node::has)) {
            throw refused("this is neither a configuration item nor a list, snapshot or notification of them; expected"
                    + " an item, [item, ...], {\"configurationItems\": [...]} or {\"configurationItem\": {...},"
                    + " \"messageType\": \"" + CHANGE_NOTIFICATION + "\"}");
        }
        return List.of(node);
    }

    private List<JsonNode> eventBridgeItems(JsonNode event, int envelopes) {
        JsonNode detail = event.get("detail");
        if (detail.isObject() && (detail.has("configurationItem") || detail.has("messageType"))) {
            return items(detail, envelopes + 1);
        }
        throw refused("an EventBridge event of type '" + event.get("detail-type").asText()
                + "' carries no configuration item");
    }

    private static List<JsonNode> notificationItems(JsonNode message, String messageType) {
        if (OVERSIZED_NOTIFICATION.equals(messageType)) {
            throw refused("an " + OVERSIZED_NOTIFICATION + " carries only a summary of the item; fetch the item with"
                    + " GetResourceConfigHistory and import that");
        }
        if (!CHANGE_NOTIFICATION.equals(messageType)) {
            throw refused("a message of type '" + CaptureTimes.abbreviate(messageType)
                    + "' carries no configuration item");
        }
        JsonNode slot = message.get("configurationItem");
        if (slot == null || slot.isNull()) {
            throw refused("the " + CHANGE_NOTIFICATION + " has no configurationItem");
        }
        // v1.0 notifications hold an array of items, later ones a single item.
        return slot.isArray() ? elements(slot) : List.of(slot);
    }

    private JsonNode embedded(JsonNode value, String what) {
        if (value.isContainerNode()) {
            return value;
        }
        if (!value.isTextual()) {
            throw refused(what + " must be a JSON object or a JSON string, got " + kind(value));
        }
        try {
            return json.readTree(value.asText());
        } catch (JsonProcessingException e) {
            throw refused(what + " is a string but not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>(array.size());
        array.elements().forEachRemaining(elements::add);
        return elements;
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL, MISSING -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    private static InvalidImportException refused(String message) {
        return new InvalidImportException(ImportProblem.ofImport(message));
    }
}
