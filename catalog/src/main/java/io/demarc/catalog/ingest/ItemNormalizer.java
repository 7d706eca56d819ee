package io.demarc.catalog.ingest;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.ConfigurationItem;

/**
 * Turns one raw item into a {@link ConfigurationItem}, whatever AWS Config generation wrote it: v1.0
 * ({@code configurationStateID}, upper-case types, no region), the Config API ({@code accountId}, {@code arn},
 * {@code configuration} as a JSON string) and notifications ({@code awsAccountId}, {@code ARN}). Every problem is
 * recorded with the item's index and the field, so one pass reports all of them.
 */
final class ItemNormalizer {

    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final String GLOBAL = "global";
    private static final Pattern ZONE = Pattern.compile("([a-z]{2}(?:-[a-z]+)+-\\d{1,2})[a-z]");
    private static final int MAX_ID_LENGTH = 2048;
    private static final int MAX_EMBEDDING = 3;
    /** Status words of v1.0 items, in today's spelling, so deletions are recognized in both. */
    private static final Map<String, String> LEGACY_STATUS = Map.of(
            "Ok", "OK", "Discovered", "ResourceDiscovered", "Deleted", "ResourceDeleted");

    private final ObjectMapper json;
    private final Instant latestCaptureTime;

    /**
     * @param latestCaptureTime capture times after this are refused: an item from the future would hide every later
     *        change of its resource
     */
    ItemNormalizer(ObjectMapper json, Instant latestCaptureTime) {
        this.json = json;
        this.latestCaptureTime = latestCaptureTime;
    }

    /** The item, or {@code null} after adding at least one problem to {@code problems}. */
    ConfigurationItem normalize(JsonNode raw, int index, List<ImportProblem> problems) {
        JsonNode node = raw;
        if (raw.isTextual()) {
            // SelectResourceConfig returns each item as a JSON string.
            node = parse(raw.asText());
            if (node == null) {
                problems.add(ImportProblem.ofItem(index, null, "is a string but not valid JSON"));
                return null;
            }
        }
        if (!node.isObject()) {
            problems.add(ImportProblem.ofItem(index, null,
                    "must be a JSON object (a configuration item), got " + ImportShapes.kind(node)));
            return null;
        }
        return new Item(node, index, problems).read();
    }

    /** Reads the fields of one item, noting what is wrong. */
    private final class Item {

        private final JsonNode node;
        private final int index;
        private final List<ImportProblem> problems;
        private final int problemsBefore;

        Item(JsonNode node, int index, List<ImportProblem> problems) {
            this.node = node;
            this.index = index;
            this.problems = problems;
            this.problemsBefore = problems.size();
        }

        ConfigurationItem read() {
            String accountId = accountId();
            String resourceType = resourceType();
            String resourceId = resourceId();
            Instant captureTime = captureTime();
            String arn = text("arn", "ARN");
            String awsRegion = region(arn);
            String stateId = text("configurationStateId", "configurationStateID");
            String status = text("configurationItemStatus");
            String resourceName = text("resourceName");
            Map<String, String> tags = tags();
            JsonNode configuration = configuration();
            JsonNode supplementary = supplementaryConfiguration();
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new ConfigurationItem(accountId, awsRegion, resourceType, resourceId, resourceName, arn,
                    captureTime, stateId, status == null ? null : LEGACY_STATUS.getOrDefault(status, status), tags,
                    configuration, supplementary);
        }

        private String accountId() {
            String accountId = required("accountId", "awsAccountId");
            if (accountId != null && !ACCOUNT_ID.matcher(accountId).matches()) {
                problem(present("accountId", "awsAccountId"),
                        "must be an AWS account id of 12 digits, got \"" + CaptureTimes.abbreviate(accountId) + "\"");
                return null;
            }
            return accountId;
        }

        private String resourceType() {
            String type = ResourceTypes.canonical(required("resourceType"));
            if (type != null && !ResourceTypes.isWellFormed(type)) {
                problem("resourceType", "must look like AWS::Service::Type, got \"" + CaptureTimes.abbreviate(type)
                        + "\"");
                return null;
            }
            return type;
        }

        private String resourceId() {
            String id = required("resourceId");
            if (id != null && id.length() > MAX_ID_LENGTH) {
                problem("resourceId", "is longer than " + MAX_ID_LENGTH + " characters");
                return null;
            }
            return id;
        }

        private Instant captureTime() {
            JsonNode value = node.get("configurationItemCaptureTime");
            if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                problem("configurationItemCaptureTime", "is missing");
                return null;
            }
            try {
                Instant time = CaptureTimes.parse(value);
                if (time.isAfter(latestCaptureTime)) {
                    problem("configurationItemCaptureTime", "lies in the future (" + time + "); an item from the"
                            + " future would hide every later change of the resource");
                    return null;
                }
                return time;
            } catch (IllegalArgumentException e) {
                problem("configurationItemCaptureTime", e.getMessage());
                return null;
            }
        }

        /**
         * The region as given when it names one ({@code global} included); otherwise, as for v1.0 items that carry
         * none or items that say "Not Applicable", the region of the ARN or of the availability zone, so that every
         * item of a resource has the same key.
         */
        private String region(String arn) {
            String given = text("awsRegion");
            if (given != null && (GLOBAL.equals(given) || REGION.matcher(given).matches())) {
                return given;
            }
            if (arn != null) {
                String[] parts = arn.split(":", 6);
                if (parts.length == 6 && REGION.matcher(parts[3]).matches()) {
                    return parts[3];
                }
            }
            // "availibilityZone" is how v1.0 snapshots spell it.
            String zone = text("availabilityZone", "availibilityZone");
            if (zone != null) {
                Matcher matcher = ZONE.matcher(zone);
                if (matcher.matches()) {
                    return matcher.group(1);
                }
            }
            return given == null || given.isBlank() ? null : given;
        }

        private Map<String, String> tags() {
            JsonNode value = node.get("tags");
            Map<String, String> tags = new LinkedHashMap<>();
            if (value == null || value.isNull()) {
                return tags;
            }
            if (value.isObject()) {
                value.fields().forEachRemaining(tag -> tags.put(tag.getKey(), scalarText(tag.getValue())));
                return tags;
            }
            if (value.isArray()) {
                for (JsonNode tag : value) {
                    String key = firstText(tag, "key", "Key", "tagName");
                    if (key == null) {
                        problem("tags", "an array of tags must hold {\"key\": ..., \"value\": ...} objects");
                        return tags;
                    }
                    tags.put(key, scalarText(firstNode(tag, "value", "Value", "tagValue")));
                }
                return tags;
            }
            problem("tags", "must be an object of tag names to values, got " + ImportShapes.kind(value));
            return tags;
        }

        private JsonNode configuration() {
            JsonNode value = node.get("configuration");
            if (value == null || value.isNull()) {
                return null;
            }
            JsonNode configuration = value;
            if (value.isTextual()) {
                // The Config API returns the configuration as a JSON string.
                configuration = decodeEmbedded(value);
                if (configuration.isTextual()) {
                    problem("configuration", "is a string but not valid JSON");
                    return null;
                }
            }
            // IAM items carry their policy documents URL-encoded: decoded, the controls can read them.
            PolicyDocuments.decodeIn(configuration);
            return configuration.isNull() ? null : configuration;
        }

        private JsonNode supplementaryConfiguration() {
            JsonNode value = node.get("supplementaryConfiguration");
            if (value == null || value.isNull()) {
                return null;
            }
            JsonNode decoded = decodeEmbedded(value);
            if (!decoded.isObject()) {
                return decoded.isNull() ? null : decoded;
            }
            // The Config API gives each supplementary value as JSON text, notifications as JSON: make them alike.
            ObjectNode normalized = json.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = decoded.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                normalized.set(entry.getKey(), decodeEmbedded(entry.getValue()));
            }
            // A bucket policy stays JSON text one level down (BucketPolicy.policyText): decoded like IAM documents.
            PolicyDocuments.decodeIn(normalized);
            return normalized;
        }

        private String required(String field, String... aliases) {
            String name = present(field, aliases);
            if (!node.hasNonNull(name)) {
                problem(field, "is missing" + (aliases.length == 0
                        ? ""
                        : " (also looked for "
                                + String.join(", ", aliases) + ")"));
                return null;
            }
            String value = text(field, aliases);
            if (value != null && value.isBlank()) {
                problem(name, "is empty");
                return null;
            }
            return value;
        }

        /** The first of the names present with a scalar value, as text. */
        private String text(String field, String... aliases) {
            String name = present(field, aliases);
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                return null;
            }
            if (value.isContainerNode()) {
                problem(name, "must be a string, got " + ImportShapes.kind(value));
                return null;
            }
            return value.asText();
        }

        private String present(String field, String... aliases) {
            if (node.hasNonNull(field)) {
                return field;
            }
            for (String alias : aliases) {
                if (node.hasNonNull(alias)) {
                    return alias;
                }
            }
            return field;
        }

        private void problem(String field, String message) {
            problems.add(ImportProblem.ofItem(index, field, message));
        }
    }

    /** Unwraps JSON that was stored as a string, possibly more than once; text that is not JSON stays text. */
    private JsonNode decodeEmbedded(JsonNode value) {
        JsonNode current = value;
        for (int i = 0; i < MAX_EMBEDDING && current.isTextual(); i++) {
            JsonNode parsed = parse(current.asText());
            if (parsed == null) {
                break;
            }
            current = parsed;
        }
        return current;
    }

    private JsonNode parse(String text) {
        try {
            JsonNode parsed = json.readTree(text);
            return parsed == null || parsed.isMissingNode() ? null : parsed;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String firstText(JsonNode node, String... names) {
        JsonNode value = firstNode(node, names);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    private static JsonNode firstNode(JsonNode node, String... names) {
        for (String name : names) {
            if (node.hasNonNull(name)) {
                return node.get(name);
            }
        }
        return null;
    }

    private static String scalarText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
