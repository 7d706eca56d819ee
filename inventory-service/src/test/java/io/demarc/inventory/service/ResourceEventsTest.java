package io.demarc.inventory.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.inventory.repository.ItemRow;
import io.demarc.service.outbox.SerializedEvent;

/** The event built around the stored item's JSON is the {@link ResourceChanged} event the codec would write. */
class ResourceEventsTest {

    static final ConfigurationItem ITEM = new ConfigurationItem("123456789012", "eu-west-1", "AWS::S3::Bucket",
            "logs", "logs", "arn:aws:s3:::logs", Instant.parse("2026-01-02T03:04:05.678Z"), "42", "OK",
            Map.of("env", "prod"), JsonNodeFactory.instance.objectNode().put("\"quoted\"", "a\\b\n"), null);

    @Test
    void writesTheSameJsonAsTheCodecAroundTheItemsJson() throws Exception {
        ItemRow row = ItemRow.of(ITEM, ConfigurationItemHash.sha256(ITEM));

        SerializedEvent written = ResourceEvents.changed("acme", row);

        CloudEvent<ResourceChanged> read = EventCodec.read(written.payload(), ResourceChanged.TYPE,
                ResourceChanged.class);
        CloudEvent<ResourceChanged> expected = new CloudEvent<>(CloudEvent.SPEC_VERSION, read.id(),
                ResourceWriter.SOURCE, ResourceChanged.TYPE, EventKeys.forResource("acme", ITEM.ref()), read.time(),
                CloudEvent.JSON, read.dataschema(), "acme",
                new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, ITEM, row.hash()));
        JsonNode tree = EventCodec.mapper().readTree(written.payload());
        assertThat(tree).isEqualTo(EventCodec.mapper().readTree(EventCodec.write(expected)));
        assertThat(read.data()).isEqualTo(expected.data());
        assertThat(written.payload()).contains(row.json());
        assertThat(written.topic()).isEqualTo(Topics.INVENTORY_RESOURCES);
        assertThat(written.key()).isEqualTo(expected.subject());
        assertThat(written.tenantId()).isEqualTo("acme");
        assertThat(written.eventType()).isEqualTo(ResourceChanged.TYPE);
    }

    @Test
    void announcesADeletionAsDeleted() {
        ConfigurationItem deleted = new ConfigurationItem(ITEM.accountId(), ITEM.awsRegion(), ITEM.resourceType(),
                ITEM.resourceId(), null, null, ITEM.configurationItemCaptureTime(), null, "ResourceDeleted", null,
                null, null);

        SerializedEvent written = ResourceEvents.changed("acme",
                ItemRow.of(deleted, ConfigurationItemHash.sha256(deleted)));

        ResourceChanged data = EventCodec.read(written.payload(), ResourceChanged.TYPE, ResourceChanged.class).data();
        assertThat(data.change()).isEqualTo(ResourceChanged.Change.DELETED);
        assertThat(data.item()).isEqualTo(deleted);
        assertThat(((ObjectNode) EventCodec.mapper().valueToTree(data)).has("itemHash")).isTrue();
    }
}
