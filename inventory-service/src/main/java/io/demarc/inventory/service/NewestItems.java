package io.demarc.inventory.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;

/**
 * The newest item of each resource of one import. An import may hold several items of one resource (a history page,
 * a concatenation of snapshots); only the newest can matter, and one resource must not be written twice in a batch.
 * On equal age the later item in the import wins.
 */
final class NewestItems {

    private final Map<ResourceKey, IncomingItem> newest = new LinkedHashMap<>();
    private int repeated;
    private int superseded;

    static NewestItems of(List<ConfigurationItem> items) {
        NewestItems result = new NewestItems();
        items.stream().map(IncomingItem::of).forEach(result::offer);
        return result;
    }

    private void offer(IncomingItem candidate) {
        IncomingItem current = newest.get(candidate.key());
        if (current == null) {
            newest.put(candidate.key(), candidate);
        } else if (current.hash().equals(candidate.hash())) {
            repeated++;
        } else {
            superseded++;
            if (candidate.compareAge(current) >= 0) {
                newest.put(candidate.key(), candidate);
            }
        }
    }

    List<IncomingItem> items() {
        return new ArrayList<>(newest.values());
    }

    /** Items identical to another one of the import. */
    int repeated() {
        return repeated;
    }

    /** Items older than another item of the same resource in the import. */
    int superseded() {
        return superseded;
    }
}
