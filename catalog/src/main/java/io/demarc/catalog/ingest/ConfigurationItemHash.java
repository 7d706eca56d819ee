package io.demarc.catalog.ingest;

import io.demarc.catalog.engine.CanonicalJson;
import io.demarc.catalog.engine.ItemTree;
import io.demarc.contracts.ConfigurationItem;

/**
 * SHA-256 of a configuration item in canonical JSON (the event encoding with object keys sorted), so the same item
 * hashes the same whatever the key order it arrived in, and the hash equals the one evidence records for the item.
 * Receiving an item whose hash is already stored means nothing changed.
 */
public final class ConfigurationItemHash {

    private ConfigurationItemHash() {
    }

    /** Lower-case hex, 64 characters. */
    public static String sha256(ConfigurationItem item) {
        // The codec's tree built around the item's own configuration nodes: valueToTree would copy them first.
        return CanonicalJson.sha256(ItemTree.of(item));
    }
}
