package io.demarc.inventory.service;

import io.demarc.catalog.ingest.ConfigurationItemHash;
import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;

/** A received configuration item with its resource key and content hash, each computed once. */
record IncomingItem(ConfigurationItem item, ResourceKey key, String hash) {

    static IncomingItem of(ConfigurationItem item) {
        return new IncomingItem(item, ResourceKey.of(item), ConfigurationItemHash.sha256(item));
    }

    /** Negative when this item is older than {@code other}, positive when newer, zero when neither. */
    int compareAge(IncomingItem other) {
        return ConfigurationItemOrder.OLDEST_FIRST.compare(item, other.item);
    }
}
