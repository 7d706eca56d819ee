package io.demarc.ownership;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.ResourceChanged.Change;

/** Resource events as inventory-service writes them, around real or made-up configuration items. */
final class ResourceEventFixtures {

    static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

    /** One real AWS Config item per resource type (awslabs/aws-config-rdk examples), from the shared test data. */
    private static final Path EXAMPLE_ITEMS = Path.of("..", "..", "shared", "data", "aws-config-items",
            "aws-config-rdk-example_ci");

    private ResourceEventFixtures() {
    }

    /** A real item, such as {@code AWS_S3_Bucket.json}. */
    static ConfigurationItem exampleItem(String file) {
        try {
            return EventCodec.mapper().readValue(EXAMPLE_ITEMS.resolve(file).toFile(), ConfigurationItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example item " + file, e);
        }
    }

    static ConfigurationItem item(String resourceType, String resourceId, Instant capturedAt) {
        return item(resourceType, resourceId, capturedAt, "OK");
    }

    static ConfigurationItem item(String resourceType, String resourceId, Instant capturedAt, String status) {
        return new ConfigurationItem("111122223333", "eu-west-1", resourceType, resourceId, resourceId, null,
                capturedAt, capturedAt == null ? null : String.valueOf(capturedAt.toEpochMilli()), status, Map.of(),
                null, null);
    }

    static String upserted(String tenantId, ConfigurationItem item) {
        return event(tenantId, new ResourceChanged(tenantId, Change.UPSERTED, item));
    }

    static String deleted(String tenantId, ConfigurationItem item) {
        return event(tenantId, new ResourceChanged(tenantId, Change.DELETED, item));
    }

    /** An envelope whose tenant may differ from the one in its data, as a forged or broken producer would send. */
    static String event(String envelopeTenant, ResourceChanged data) {
        return EventCodec.write(envelope(envelopeTenant, data));
    }

    /** The same event id delivered again, as Kafka may after a consumer crash. */
    static String withId(String id, ResourceChanged data) {
        CloudEvent<ResourceChanged> e = envelope(data.tenantId(), data);
        return EventCodec.write(new CloudEvent<>(e.specversion(), id, e.source(), e.type(), e.subject(), e.time(),
                e.datacontenttype(), e.dataschema(), e.tenantid(), e.data()));
    }

    private static CloudEvent<ResourceChanged> envelope(String envelopeTenant, ResourceChanged data) {
        String subject = data.item() == null ? null : data.item().resourceId();
        return EventCodec.envelope("urn:demarc:inventory-service", ResourceChanged.TYPE, envelopeTenant, subject,
                data);
    }
}
