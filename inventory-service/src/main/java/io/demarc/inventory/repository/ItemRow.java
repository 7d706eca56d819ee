package io.demarc.inventory.repository;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;

/**
 * A configuration item as a resource row stores it: its JSON in the event encoding, written once and used for both the
 * jsonb column and the event, and its hash.
 */
public record ItemRow(ConfigurationItem item, String json, String hash) {

    public static ItemRow of(ConfigurationItem item, String hash) {
        try {
            return new ItemRow(item, EventCodec.mapper().writeValueAsString(item), hash);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a configuration item cannot be written as JSON", e);
        }
    }
}
