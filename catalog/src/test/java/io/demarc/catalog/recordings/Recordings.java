package io.demarc.catalog.recordings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.contracts.ConfigurationItem;

/** The recorded API responses of the shared test data, and their oracle (EXPECTED.json). */
final class Recordings {

    static final Path ROOT = Path.of("..", "..", "shared", "data", "aws-api-recordings");
    static final String C7N_ACCOUNT = "644160558196";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> EXPECTED = readExpected();

    private Recordings() {
    }

    static List<String> folders() {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode expected(String folder) {
        JsonNode expected = EXPECTED.get(folder);
        if (expected == null) {
            throw new AssertionError("EXPECTED.json has no entry for " + folder);
        }
        return expected;
    }

    /** The region the oracle replayed the folder in; the account is c7n's test account. */
    static RecordingContext context(String folder) {
        return RecordingContext.of(C7N_ACCOUNT, expected(folder).path("harness_runs").path(0).path("region")
                .asText("us-east-1"));
    }

    static NormalizedRecording normalize(String folder) {
        return new RecordingNormalizer().normalize(RecordedResponses.read(ROOT.resolve(folder)), context(folder));
    }

    /** The ids the oracle's harness run with this label prefix returned. */
    static List<String> expectedIds(String folder, String labelPrefix) {
        for (JsonNode run : expected(folder).path("harness_runs")) {
            if (run.path("label").asText().startsWith(labelPrefix)) {
                return JSON.convertValue(run.path("ids"), List.class);
            }
        }
        throw new AssertionError("no harness run \"" + labelPrefix + "\" for " + folder);
    }

    static List<String> ids(List<ConfigurationItem> items) {
        return items.stream().map(ConfigurationItem::resourceId).sorted().toList();
    }

    static ConfigurationItem only(List<ConfigurationItem> items, String resourceId) {
        return items.stream().filter(item -> item.resourceId().equals(resourceId)).reduce((a, b) -> {
            throw new AssertionError("two items " + resourceId);
        }).orElseThrow(() -> new AssertionError("no item " + resourceId + " in " + ids(items)));
    }

    private static Map<String, JsonNode> readExpected() {
        try {
            Map<String, JsonNode> byFolder = new HashMap<>();
            JSON.readTree(ROOT.resolve("EXPECTED.json").toFile())
                    .forEach(entry -> byFolder.put(entry.path("folder").asText(), entry));
            return byFolder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
