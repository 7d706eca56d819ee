package io.demarc.catalog.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.demarc.contracts.ConfigurationItem;

/**
 * Reads AWS Config configuration items in every shape they arrive in (see {@link ImportShapes}) and normalizes them
 * into {@link ConfigurationItem}s. All or nothing: one bad item rejects the import, with every problem named by item
 * index and field. Required: {@code accountId} (12 digits), {@code resourceType} ({@code AWS::Service::Type}),
 * {@code resourceId} and {@code configurationItemCaptureTime}. Thread-safe.
 */
public final class ConfigurationItemParser {

    public static final int DEFAULT_MAX_ITEMS = 5_000;
    /** Clock skew tolerated before a capture time counts as "in the future". */
    static final Duration CLOCK_SKEW = Duration.ofHours(1);

    // Duplicate keys and trailing text make an item ambiguous: refuse rather than guess.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final int maxItems;
    private final Clock clock;

    public ConfigurationItemParser() {
        this(DEFAULT_MAX_ITEMS);
    }

    public ConfigurationItemParser(int maxItems) {
        this(maxItems, Clock.systemUTC());
    }

    public ConfigurationItemParser(int maxItems, Clock clock) {
        if (maxItems < 1) {
            throw new IllegalArgumentException("maxItems must be at least 1, got " + maxItems);
        }
        this.maxItems = maxItems;
        this.clock = clock;
    }

    /**
     * @throws InvalidImportException when the text is empty, not JSON, of an unknown shape, holds more than the
     *         allowed number of items, or any item is invalid
     */
    public List<ConfigurationItem> parse(byte[] json) {
        List<JsonNode> nodes = new ImportShapes(JSON).items(readTree(json));
        if (nodes.size() > maxItems) {
            throw new InvalidImportException(ImportProblem.ofImport("the import holds " + nodes.size()
                    + " configuration items, more than the " + maxItems + " allowed at once; split it"));
        }
        ItemNormalizer normalizer = new ItemNormalizer(JSON, clock.instant().plus(CLOCK_SKEW));
        List<ImportProblem> problems = new ArrayList<>();
        List<ConfigurationItem> items = new ArrayList<>(nodes.size());
        for (int index = 0; index < nodes.size(); index++) {
            items.add(normalizer.normalize(nodes.get(index), index, problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidImportException(problems);
        }
        return items;
    }

    public List<ConfigurationItem> parse(String json) {
        return parse(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode readTree(byte[] json) {
        if (json == null || isBlank(json)) {
            throw new InvalidImportException(ImportProblem.ofImport("the import is empty; send a configuration item,"
                    + " an array of them, a snapshot {\"configurationItems\": [...]} or a change notification"));
        }
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            // Jackson names the (redacted) source inside its message; the position is all the user needs.
            String reason = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; ", "[");
            throw new InvalidImportException(ImportProblem.ofImport("the import is not valid JSON" + where + ": "
                    + reason));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
