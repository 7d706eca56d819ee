package io.demarc.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;

/** Resource-changed events as inventory-service publishes them, around a real AWS Config security group. */
final class ResourceEvents {

    /** The AWS Config RDK's example security group: SSH open to 0.0.0.0/0, ranges as plain strings (old items). */
    static final Path RDK_SECURITY_GROUP = Path.of("..", "..", "shared", "data", "aws-config-items",
            "aws-config-rdk-example_ci", "AWS_EC2_SecurityGroup.json");

    private ResourceEvents() {
    }

    static ConfigurationItem openSecurityGroup() {
        try {
            return EventCodec.mapper().readValue(RDK_SECURITY_GROUP.toFile(), ConfigurationItem.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same group after its SSH rule was narrowed to the VPC, captured an hour later than {@code before}. */
    static ConfigurationItem fixed(ConfigurationItem before) {
        return with(before, "{'groupId':'" + before.resourceId() + "','ipPermissions':[{'ipProtocol':'tcp',"
                + "'fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8']}]}",
                before.configurationItemCaptureTime().plusSeconds(3600));
    }

    static ConfigurationItem with(ConfigurationItem item, String configuration, Instant captured) {
        return new ConfigurationItem(item.accountId(), item.awsRegion(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.arn(), captured, item.configurationStateId(),
                item.configurationItemStatus(), item.tags(), json(configuration), item.supplementaryConfiguration());
    }

    static String upserted(String tenant, ConfigurationItem item) {
        return event(tenant, ResourceChanged.Change.UPSERTED, item);
    }

    static String deleted(String tenant, ConfigurationItem item) {
        return event(tenant, ResourceChanged.Change.DELETED, item);
    }

    static String event(String tenant, ResourceChanged.Change change, ConfigurationItem item) {
        return EventCodec.write(EventCodec.envelope("/demarc/inventory-service", ResourceChanged.TYPE, tenant,
                item.arn(), new ResourceChanged(tenant, change, item)));
    }

    /** An upsert carrying the item hash inventory computed at ingest. */
    static String upsertedWithHash(String tenant, ConfigurationItem item, String itemHash) {
        return EventCodec.write(EventCodec.envelope("/demarc/inventory-service", ResourceChanged.TYPE, tenant,
                item.arn(), new ResourceChanged(tenant, ResourceChanged.Change.UPSERTED, item, itemHash)));
    }

    static JsonNode json(String text) {
        try {
            return EventCodec.mapper().readTree(text.replace('\'', '"'));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
