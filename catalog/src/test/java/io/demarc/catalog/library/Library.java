package io.demarc.catalog.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.catalog.testdata.Items;
import io.demarc.catalog.testdata.SharedData;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/** The shipped library, its engine, and the two kinds of items its tests feed it: hand-made and real. */
final class Library {

    static final ControlLibrary LIBRARY = ControlLibrary.load();
    static final CelRuleEngine ENGINE = new CelRuleEngine(LIBRARY);
    private static final ConfigurationItemParser PARSER = new ConfigurationItemParser();

    private Library() {
    }

    static CompiledControl control(String id) {
        return LIBRARY.compiled().stream().filter(c -> c.control().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no control " + id));
    }

    static Evaluation evaluate(String controlId, ConfigurationItem item) {
        return ENGINE.evaluate(control(controlId), PreparedItem.of(item));
    }

    /** The verdict, after checking that the control neither failed to evaluate nor failed to record its evidence. */
    static FindingStatus status(String controlId, ConfigurationItem item) {
        Evaluation evaluation = evaluate(controlId, item);
        assertThat(evaluation.status()).as("%s: %s", controlId, evaluation.message()).isNotEqualTo(FindingStatus.ERROR);
        if (evaluation.evidence().observed() != null) {
            assertThat(evaluation.evidence().observed().toString()).as("%s evidence", controlId)
                    .doesNotContain("evidenceError", "zeroValue");
        }
        return evaluation.status();
    }

    /** A hand-made item; JSON may use single quotes. A blank supplementary configuration means none. */
    static ConfigurationItem item(String resourceType, String configurationJson, String supplementaryJson) {
        return new ConfigurationItem("123456789012", "eu-west-1", resourceType, "res-1", "res-1",
                "arn:aws:test:eu-west-1:123456789012:res-1", Items.CAPTURED, "1", "OK", Map.of(),
                Items.json(configurationJson),
                supplementaryJson == null || supplementaryJson.isBlank() ? null : Items.json(supplementaryJson));
    }

    /** Every item of a type in the shared AWS Config data, read by the production parser as the engine sees it. */
    static List<ConfigurationItem> realItems(String resourceType) {
        return ALL_REAL_ITEMS.stream().filter(item -> resourceType.equalsIgnoreCase(item.resourceType())).toList();
    }

    private static final List<ConfigurationItem> ALL_REAL_ITEMS = readAllRealItems();

    private static List<ConfigurationItem> readAllRealItems() {
        List<ConfigurationItem> found = new ArrayList<>();
        try (var files = Files.walk(SharedData.CONFIG_ITEMS)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                found.addAll(parseOrEmpty(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(found);
    }

    static List<ConfigurationItem> realItemsIn(String relativeFile) {
        return PARSER.parse(read(SharedData.CONFIG_ITEMS.resolve(relativeFile)));
    }

    private static List<ConfigurationItem> parseOrEmpty(Path file) {
        byte[] bytes = read(file);
        try {
            return PARSER.parse(bytes);
        } catch (InvalidImportException e) {
            // A recorded Config API response wraps the answer in {"status_code", "data"}: the answer is the import.
            JsonNode data;
            try {
                data = SharedData.read(file).path("data");
            } catch (UncheckedIOException notJson) {
                return List.of();
            }
            if (data.isObject()) {
                try {
                    return PARSER.parse(data.toString());
                } catch (InvalidImportException notAnImport) {
                    return List.of();
                }
            }
            // SUMMARY files and the deliberately broken upstream samples are not imports.
            return List.of();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
