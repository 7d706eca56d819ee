package io.demarc.catalog.engine;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.ControlLanguage;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * A configuration item made ready for evaluation once, then shared by every control: converted to CEL values and
 * hashed. Converting per control is where evaluation time would go.
 *
 * @param activation the CEL variables, {@value ControlLanguage#ITEM} bound to the item
 * @param sha256 hash of the item's canonical JSON, the evidence that names exactly what was evaluated
 */
public record PreparedItem(ConfigurationItem item, Map<String, Object> activation, String sha256) {

    public static PreparedItem of(ConfigurationItem item) {
        JsonNode json = EventCodec.mapper().valueToTree(item);
        return new PreparedItem(item, Map.of(ControlLanguage.ITEM, CelValues.fromJson(json)),
                CanonicalJson.sha256(json));
    }

    public Instant captureTime() {
        return item.configurationItemCaptureTime();
    }
}
