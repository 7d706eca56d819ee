package io.demarc.catalog.recordings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;

/**
 * What a recording says: configuration items (several of one resource when an operation was called again after a
 * change, in order, the later with the higher {@code configurationStateId}), the calls that failed, and the calls that
 * were not used.
 */
public record NormalizedRecording(List<ConfigurationItem> items, List<CollectionGap> gaps,
        List<SkippedOperation> skipped) {

    /** The newest item of each resource: the state of the account when the recording ended. */
    public List<ConfigurationItem> latest() {
        Map<ResourceKey, ConfigurationItem> newest = new LinkedHashMap<>();
        for (ConfigurationItem item : items) {
            newest.merge(ResourceKey.of(item), item,
                    (current, candidate) -> ConfigurationItemOrder.OLDEST_FIRST.compare(candidate, current) >= 0
                            ? candidate
                            : current);
        }
        return new ArrayList<>(newest.values());
    }

    /** The newest items of one type. */
    public List<ConfigurationItem> latest(String resourceType) {
        return latest().stream().filter(item -> item.resourceType().equals(resourceType)).toList();
    }
}
