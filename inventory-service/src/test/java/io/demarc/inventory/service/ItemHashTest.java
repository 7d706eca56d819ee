package io.demarc.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/** Ingest's hash must be the one assessment and evidence compute ({@link ConfigurationItemHash}), for every item. */
class ItemHashTest {

    static final Path ITEMS = Path.of("..", "..", "shared", "data", "aws-config-items");

    @Test
    void equalsTheCatalogHashForEveryReferenceItem() throws IOException {
        List<ConfigurationItem> items = referenceItems();

        assertThat(items.size()).as("reference items").isGreaterThan(50);
        for (ConfigurationItem item : items) {
            assertThat(ItemHash.tree(item)).isEqualTo(EventCodec.mapper().valueToTree(item));
            assertThat(ItemHash.sha256(item)).as(item.resourceType() + " " + item.resourceId())
                    .isEqualTo(ConfigurationItemHash.sha256(item));
        }
    }

    @Test
    void equalsTheCatalogHashForSparseItemsAndOddValues() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("empty", "");
        tags.put("missing", null);
        List<ConfigurationItem> items = List.of(
                new ConfigurationItem("123456789012", null, "AWS::S3::Bucket", "b", null, null,
                        Instant.parse("2026-01-02T03:04:05Z"), null, null, null, null, null),
                new ConfigurationItem("123456789012", "eu-west-1", "AWS::S3::Bucket", "b", "b", "arn:aws:s3:::b",
                        Instant.parse("2026-01-02T03:04:05.123456789Z"), "17", "OK", tags,
                        JsonNodeFactory.instance.objectNode().put("ratio", 0.1).put("big", 1L << 40).putNull("none"),
                        JsonNodeFactory.instance.textNode("é\u2028")));

        for (ConfigurationItem item : items) {
            assertThat(ItemHash.tree(item)).isEqualTo(EventCodec.mapper().valueToTree(item));
            assertThat(ItemHash.sha256(item)).isEqualTo(ConfigurationItemHash.sha256(item));
        }
    }

    /** A new field of the contract must be added to the tree too, or hashes would silently differ. */
    @Test
    void knowsEveryFieldOfTheContract() {
        assertThat(Arrays.stream(ConfigurationItem.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("accountId", "awsRegion", "resourceType", "resourceId", "resourceName", "arn",
                        "configurationItemCaptureTime", "configurationStateId", "configurationItemStatus", "tags",
                        "configuration", "supplementaryConfiguration");
    }

    private static List<ConfigurationItem> referenceItems() throws IOException {
        ConfigurationItemParser parser = new ConfigurationItemParser(100_000);
        List<ConfigurationItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ITEMS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                try {
                    items.addAll(parser.parse(Files.readAllBytes(file)));
                } catch (InvalidImportException e) {
                    // Files that are not importable (schemas, broken samples) have no item to compare.
                }
            }
        }
        return items;
    }
}
