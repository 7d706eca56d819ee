package io.demarc.catalog.engine;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.EventCodec;

/**
 * What an evaluation rests on: the fields the decision used and which item they were read from.
 *
 * @param observed the result of the control's evidence expression (e.g. the offending ingress rules); null when the
 *        control defines none or it could not be computed
 * @param itemHash SHA-256 of the evaluated item's canonical JSON
 * @param itemCaptureTime when AWS Config (or the collector) captured the item
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(JsonNode observed, String itemHash, Instant itemCaptureTime) {

    public JsonNode toJson() {
        return EventCodec.mapper().valueToTree(this);
    }
}
