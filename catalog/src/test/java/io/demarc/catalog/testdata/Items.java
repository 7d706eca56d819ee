package io.demarc.catalog.testdata;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/** Configuration items written inline by tests. */
public final class Items {

    public static final Instant CAPTURED = Instant.parse("2026-11-01T10:00:00Z");

    private Items() {
    }

    /** A security group whose configuration is the given JSON (single quotes allowed for readability). */
    public static ConfigurationItem securityGroup(String configurationJson) {
        return item("AWS::EC2::SecurityGroup", "sg-0123456789abcdef0", configurationJson);
    }

    /** A security group with the given inbound rules, a JSON array. */
    public static ConfigurationItem securityGroupWithIngress(String ipPermissionsJson) {
        return securityGroup("{'groupId':'sg-0123456789abcdef0','ipPermissions':" + ipPermissionsJson + "}");
    }

    public static ConfigurationItem item(String resourceType, String resourceId, String configurationJson) {
        return new ConfigurationItem("123456789012", "eu-west-1", resourceType, resourceId, null,
                "arn:aws:ec2:eu-west-1:123456789012:security-group/" + resourceId, CAPTURED, "1", "OK", Map.of(),
                json(configurationJson), null);
    }

    public static JsonNode json(String text) {
        try {
            return EventCodec.mapper().readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }
}
