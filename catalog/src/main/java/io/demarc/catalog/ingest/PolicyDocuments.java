package io.demarc.catalog.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * IAM returns policy documents URL-encoded (and AWS Config keeps them so), S3 and KMS as JSON text (a bucket's
 * {@code BucketPolicy.policyText}). Controls read them as JSON objects, so every document field is decoded and parsed,
 * whatever the source; text that is not a JSON document stays as it is.
 */
public final class PolicyDocuments {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> DOCUMENT_FIELDS = Set.of("document", "policyDocument",
            "assumeRolePolicyDocument", "policyText");

    private PolicyDocuments() {
    }

    public static JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        String json = text.strip();
        if (json.startsWith("%")) {
            json = URLDecoder.decode(json, StandardCharsets.UTF_8);
        }
        try {
            JsonNode parsed = JSON.readTree(json);
            return parsed != null && parsed.isObject() ? parsed : JSON.getNodeFactory().textNode(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    /** Decodes, in place, every document field found in the tree. */
    public static void decodeIn(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (DOCUMENT_FIELDS.contains(field.getKey()) && field.getValue().isTextual()) {
                    field.setValue(parse(field.getValue().asText()));
                } else {
                    decodeIn(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(PolicyDocuments::decodeIn);
        }
    }
}
