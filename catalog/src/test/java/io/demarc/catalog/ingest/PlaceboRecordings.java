package io.demarc.catalog.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a Cloud Custodian placebo recording ({@code {"status_code": 200, "data": <boto3 response>}}, datetimes as
 * {@code {"__class__": "datetime", ...}}) back into the JSON the AWS API sent: the response, times as epoch seconds.
 */
final class PlaceboRecordings {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaceboRecordings() {
    }

    static byte[] wireFormat(Path recording) throws Exception {
        JsonNode data = JSON.readTree(recording.toFile()).get("data");
        return JSON.writeValueAsBytes(restoreTimes(data));
    }

    private static JsonNode restoreTimes(JsonNode node) {
        if (node.isObject() && "datetime".equals(node.path("__class__").asText())) {
            LocalDateTime time = LocalDateTime.of(node.get("year").asInt(), node.get("month").asInt(),
                    node.get("day").asInt(), node.get("hour").asInt(), node.get("minute").asInt(),
                    node.get("second").asInt(), node.path("microsecond").asInt() * 1000);
            long micros = time.toEpochSecond(ZoneOffset.UTC) * 1_000_000 + node.path("microsecond").asInt();
            return DecimalNode.valueOf(BigDecimal.valueOf(micros, 6));
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), restoreTimes(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(restoreTimes(element)));
            return copy;
        }
        return node;
    }
}
