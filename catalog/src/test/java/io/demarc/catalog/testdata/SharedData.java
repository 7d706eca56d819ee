package io.demarc.catalog.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * Real AWS Config items from the shared test data ({@code shared/data} beside the repository). Only what the engine
 * tests need: find every configuration item of one resource type in any file, whatever envelope it sits in (bare,
 * snapshot, notification, Config-rule event with the item as a JSON string, API history). Normalizing every shape for
 * production is the ingest parser's job.
 */
public final class SharedData {

    public static final Path ROOT = Path.of("..", "..", "shared", "data");
    public static final Path CONFIG_ITEMS = ROOT.resolve("aws-config-items");
    private static final ObjectMapper MAPPER = EventCodec.mapper();

    private SharedData() {
    }

    /** A configuration item found in a file of the shared data. */
    public record Found(Path file, ConfigurationItem item) {
        @Override
        public String toString() {
            return CONFIG_ITEMS.relativize(file) + " " + item.resourceId();
        }
    }

    public static List<Found> itemsOfType(String resourceType) {
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONFIG_ITEMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = readOrNull(file);
                if (root != null) {
                    collect(file, root, resourceType, found);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readOrNull(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            // A few upstream files are not valid JSON on purpose (parser tests); they hold no item for us.
            return null;
        }
    }

    private static void collect(Path file, JsonNode node, String resourceType, List<Found> found) {
        if (node.isTextual() && node.textValue().trim().startsWith("{")) {
            JsonNode parsed = parseOrNull(node.textValue());
            if (parsed != null) {
                collect(file, parsed, resourceType, found);
            }
            return;
        }
        if (node.isObject() && resourceType.equalsIgnoreCase(node.path("resourceType").asText())
                && node.has("configuration")) {
            found.add(new Found(file, toItem(node)));
        }
        node.forEach(child -> collect(file, child, resourceType, found));
    }

    private static ConfigurationItem toItem(JsonNode node) {
        JsonNode configuration = node.get("configuration");
        if (configuration.isTextual()) {
            configuration = parseOrNull(configuration.textValue());
        }
        Map<String, String> tags = new HashMap<>();
        node.path("tags").properties().forEach(tag -> tags.put(tag.getKey(), tag.getValue().asText()));
        return new ConfigurationItem(text(node, "accountId", "awsAccountId"), text(node, "awsRegion"),
                text(node, "resourceType"), text(node, "resourceId"), text(node, "resourceName"),
                text(node, "arn", "ARN"), captureTime(node.get("configurationItemCaptureTime")),
                text(node, "configurationStateId", "configurationStateID"), text(node, "configurationItemStatus"),
                tags, configuration, node.get("supplementaryConfiguration"));
    }

    private static Instant captureTime(JsonNode time) {
        if (time == null || time.isNull()) {
            return null;
        }
        if (time.isObject()) {
            // Recorded API responses encode datetimes as {"__class__": "datetime", "year": ...}.
            return LocalDateTime.of(time.get("year").asInt(), time.get("month").asInt(), time.get("day").asInt(),
                    time.get("hour").asInt(), time.get("minute").asInt(), time.get("second").asInt(),
                    time.path("microsecond").asInt() * 1000).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(time.asText());
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value != null && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }

    private static JsonNode parseOrNull(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }
}
