package io.demarc.inventory.collect;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * Any AWS SDK v2 response as the JSON botocore (and so the recorded-response format) gives it: one walk over
 * {@link SdkPojo#sdkFields()} with each field's {@link SdkField#memberName() member name}, which is the name in AWS's
 * service model ({@code SecurityGroups}, EKS's {@code cluster}), not the wire name ({@code securityGroupInfo}).
 * Members the answer left out (the SDK's auto-constructed empty lists and maps) stay out; times become ISO-8601
 * instants, blobs base64.
 */
final class SdkJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode object = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            if (isPresent(value)) {
                object.set(field.memberName(), value(value));
            }
        }
        return object;
    }

    private static boolean isPresent(Object value) {
        return value != null && !(value instanceof SdkAutoConstructList) && !(value instanceof SdkAutoConstructMap);
    }

    private static JsonNode value(Object value) {
        if (value instanceof SdkPojo pojo) {
            return toJson(pojo);
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(element == null ? NODES.nullNode() : value(element)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((key, element) -> object.set(String.valueOf(key),
                    element == null ? NODES.nullNode() : value(element)));
            return object;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof String text) {
            return NODES.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return NODES.booleanNode(bool);
        }
        if (value instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Short number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Double number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Float number) {
            return NODES.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return NODES.numberNode(number);
        }
        if (value instanceof Instant time) {
            return NODES.textNode(time.toString());
        }
        if (value instanceof SdkBytes bytes) {
            return NODES.textNode(java.util.Base64.getEncoder().encodeToString(bytes.asByteArrayUnsafe()));
        }
        if (value instanceof Document document) {
            return document.isNull() ? NODES.nullNode() : NODES.textNode(document.toString());
        }
        return NODES.textNode(String.valueOf(value));
    }
}
