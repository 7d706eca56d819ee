package io.demarc.catalog.ingest;

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

import io.demarc.catalog.engine.CanonicalJson;
import io.demarc.catalog.engine.ItemTree;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * {@link ConfigurationItemHash} hashes the tree {@link ItemTree} builds around the item's own nodes; it must be the
 * hash of the codec's tree of the item, for every reference item and for sparse and odd ones.
 */
class ConfigurationItemHashCodecTest {

    static final Path ITEMS = Path.of("..", "..", "shared", "data", "aws-config-items");

    @Test
    void equalsTheCodecTreesHashForEveryReferenceItem() throws IOException {
        List<ConfigurationItem> items = referenceItems();

        assertThat(items.size()).as("reference items").isGreaterThan(50);
        for (ConfigurationItem item : items) {
            assertThat(ItemTree.of(item)).isEqualTo(EventCodec.mapper().valueToTree(item));
            assertThat(ConfigurationItemHash.sha256(item)).as(item.resourceType() + " " + item.resourceId())
                    .isEqualTo(CanonicalJson.sha256(EventCodec.mapper().valueToTree(item)));
        }
    }

    @Test
    void equalsTheCodecTreesHashForSparseItemsAndOddValues() {
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
            assertThat(ItemTree.of(item)).isEqualTo(EventCodec.mapper().valueToTree(item));
            assertThat(ConfigurationItemHash.sha256(item))
                    .isEqualTo(CanonicalJson.sha256(EventCodec.mapper().valueToTree(item)));
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
