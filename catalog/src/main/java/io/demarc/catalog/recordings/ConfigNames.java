package io.demarc.catalog.recordings;

import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * API field names in AWS Config's spelling. AWS Config writes a resource's configuration with the API's names, first
 * letter in lower case ({@code DBInstanceIdentifier} → {@code dBInstanceIdentifier}, {@code IpPermissions} →
 * {@code ipPermissions}), an acronym alone in lower case ({@code ID} → {@code id}), with a few exceptions of its own. Keys chosen by the user (tags as maps, Lambda environment
 * variables) keep their spelling.
 */
final class ConfigNames {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, String> EXCEPTIONS = Map.of(
            "OKActions", "okactions",
            "AWSAccountId", "awsaccountId");
    /** Objects whose keys are data, not field names. */
    private static final Set<String> VERBATIM = Set.of("Variables", "Attributes");

    private ConfigNames() {
    }

    static String camel(String name) {
        String exception = EXCEPTIONS.get(name);
        if (exception != null) {
            return exception;
        }
        if (name.isEmpty() || Character.isLowerCase(name.charAt(0))) {
            return name;
        }
        if (name.chars().allMatch(Character::isUpperCase)) {
            // An acronym alone: "ID" is "id".
            return name.toLowerCase(java.util.Locale.ROOT);
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    /** A copy with every field name in AWS Config's spelling; {@code ResponseMetadata} is dropped. */
    static JsonNode camelCopy(JsonNode node) {
        if (node == null) {
            return JSON.nullNode();
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (key.equals("ResponseMetadata")) {
                    continue;
                }
                copy.set(camel(key),
                        VERBATIM.contains(key) ? field.getValue().deepCopy() : camelCopy(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(camelCopy(element)));
            return copy;
        }
        return node;
    }

    /**
     * A copy with every field name capitalized ({@code resourcesVpcConfig} → {@code ResourcesVpcConfig}): AWS Config
     * records some newer types (EKS clusters, GuardDuty detectors, Config recorders) with CloudFormation's property
     * names.
     */
    static JsonNode pascalCopy(JsonNode node) {
        if (node == null) {
            return JSON.nullNode();
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = field.getKey();
                if (key.equals("ResponseMetadata")) {
                    continue;
                }
                String pascal = key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1);
                copy.set(pascal, key.equals("tags") ? field.getValue().deepCopy() : pascalCopy(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(pascalCopy(element)));
            return copy;
        }
        return node;
    }

    /** The value, JSON null when it is missing (a missing node must never be stored). */
    static JsonNode orNull(JsonNode value) {
        return value == null || value.isMissingNode() ? JSON.nullNode() : value;
    }

    static ObjectNode camelObject(JsonNode node) {
        JsonNode copy = camelCopy(node);
        return copy.isObject() ? (ObjectNode) copy : JSON.createObjectNode();
    }
}
