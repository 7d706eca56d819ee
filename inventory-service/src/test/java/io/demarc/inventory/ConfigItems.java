package io.demarc.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Configuration items for the tests: the project's reference data ({@code shared/data}) and variations of it. */
final class ConfigItems {

    static final Path DATA = Path.of("..", "..", "shared", "data", "aws-config-items");
    static final String RDK = "aws-config-rdk-example_ci/";
    static final String SECURITY_GROUP = RDK + "AWS_EC2_SecurityGroup.json";
    static final String SG_ACCOUNT = "264683526309";
    static final String SG_ID = "sg-1d56fc66";
    static final String SG_CAPTURE_TIME = "2016-06-09T08:59:59.139Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigItems() {
    }

    /** A tenant no other test uses, so tests share one application and database without seeing each other. */
    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static byte[] bytes(String relativePath) {
        try {
            return Files.readAllBytes(DATA.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode item(String relativePath) {
        try {
            return (ObjectNode) JSON.readTree(DATA.resolve(relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode securityGroup() {
        return item(SECURITY_GROUP);
    }

    /** The security group as captured at another time, with a description that tells the versions apart. */
    static ObjectNode securityGroupAt(String captureTime, String description) {
        ObjectNode group = securityGroup();
        group.put("configurationItemCaptureTime", captureTime);
        ((ObjectNode) group.get("configuration")).put("description", description);
        return group;
    }

    static ArrayNode array(JsonNode... items) {
        return JSON.createArrayNode().addAll(List.of(items));
    }

    static ObjectNode snapshot(JsonNode... items) {
        ObjectNode snapshot = JSON.createObjectNode().put("fileVersion", "1.0");
        snapshot.set("configurationItems", array(items));
        return snapshot;
    }

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
