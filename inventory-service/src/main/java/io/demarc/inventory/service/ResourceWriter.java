package io.demarc.inventory.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.inventory.repository.ItemRow;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.inventory.repository.ResourceRows;
import io.demarc.inventory.repository.StoredResource;
import io.demarc.service.outbox.Outbox;
import io.demarc.service.outbox.SerializedEvent;

/**
 * Stores configuration items as a tenant's resources and announces every change through the outbox, in one
 * transaction. An item never overwrites a newer one ({@link ConfigurationItemOrder}); an item identical to the stored
 * one (same hash) changes nothing and announces nothing, which makes re-sending an import harmless. A replaced item is
 * kept as the resource's history.
 */
@ApplicationScoped
public class ResourceWriter {

    static final String SOURCE = "/demarc/inventory-service";

    @Inject
    ResourceRepository repository;

    @Inject
    ResourceRows rows;

    @Inject
    Outbox outbox;

    /** How many items were stored, found unchanged, or found older than what is stored. */
    record Counts(int stored, int unchanged, int stale) {
    }

    /** @param items at most one per resource key */
    @Transactional
    Counts write(String tenantId, List<IncomingItem> items) {
        repository.lockTenant(tenantId);
        Map<ResourceKey, StoredResource> stored = rows.findByKeys(tenantId,
                items.stream().map(IncomingItem::key).toList());
        List<ItemRow> created = new ArrayList<>();
        Map<Long, ItemRow> replacing = new LinkedHashMap<>();
        List<SerializedEvent> events = new ArrayList<>();
        int unchanged = 0;
        int stale = 0;
        for (IncomingItem incoming : items) {
            StoredResource current = stored.get(incoming.key());
            if (current != null && isOlder(incoming.item(), current)) {
                stale++;
                continue;
            }
            if (current != null && incoming.hash().equals(current.itemHash())) {
                unchanged++;
                continue;
            }
            // Serialized here, once: the same JSON goes into the jsonb column and into the event.
            ItemRow row = ItemRow.of(incoming.item(), incoming.hash());
            if (current == null) {
                created.add(row);
            } else {
                replacing.put(current.id(), row);
            }
            events.add(ResourceEvents.changed(tenantId, row));
        }
        // The replaced versions are copied inside the database before any row changes: history without re-parsing.
        repository.keepVersions(tenantId, List.copyOf(replacing.keySet()));
        rows.insert(tenantId, created);
        rows.update(tenantId, replacing);
        outbox.appendAll(events);
        return new Counts(events.size(), unchanged, stale);
    }

    private static boolean isOlder(ConfigurationItem item, StoredResource current) {
        return ConfigurationItemOrder.compare(item.configurationItemCaptureTime(), item.configurationStateId(),
                current.configurationItemCaptureTime(), current.configurationStateId()) < 0;
    }
}
