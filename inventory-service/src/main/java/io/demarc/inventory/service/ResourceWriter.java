package io.demarc.inventory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.inventory.mapping.ResourceMapper;
import io.demarc.inventory.model.Resource;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.service.outbox.Outbox;

/**
 * Stores configuration items as a tenant's resources and announces every change through the outbox, in one
 * transaction. An item never overwrites a newer one ({@link ConfigurationItemOrder}); an item identical to the stored
 * one (same hash) changes nothing and announces nothing, which makes re-sending an import harmless.
 */
@ApplicationScoped
public class ResourceWriter {

    static final String SOURCE = "/demarc/inventory-service";

    @Inject
    ResourceRepository repository;

    @Inject
    ResourceMapper mapper;

    @Inject
    Outbox outbox;

    /** How many items were stored, found unchanged, or found older than what is stored. */
    record Counts(int stored, int unchanged, int stale) {
    }

    /** @param items at most one per resource key */
    @Transactional
    Counts write(String tenantId, List<IncomingItem> items) {
        repository.lockTenant(tenantId);
        Map<ResourceKey, Resource> stored = repository.findByKeys(tenantId,
                items.stream().map(IncomingItem::key).toList());
        List<ConfigurationItem> changed = new ArrayList<>();
        int unchanged = 0;
        int stale = 0;
        for (IncomingItem incoming : items) {
            Resource current = stored.get(incoming.key());
            if (current == null) {
                repository.persist(mapper.newResource(tenantId, incoming.item(), incoming.hash()));
            } else if (isOlder(incoming.item(), current)) {
                stale++;
                continue;
            } else if (incoming.hash().equals(current.itemHash)) {
                unchanged++;
                continue;
            } else {
                mapper.update(current, incoming.item(), incoming.hash());
            }
            changed.add(incoming.item());
        }
        // Resources first, in JDBC batches: each outbox insert (identity key) would otherwise flush them one by one.
        repository.flush();
        changed.forEach(item -> announce(tenantId, item));
        return new Counts(changed.size(), unchanged, stale);
    }

    private static boolean isOlder(ConfigurationItem item, Resource current) {
        return ConfigurationItemOrder.compare(item.configurationItemCaptureTime(), item.configurationStateId(),
                current.configurationItemCaptureTime, current.configurationStateId) < 0;
    }

    private void announce(String tenantId, ConfigurationItem item) {
        ResourceChanged.Change change = item.isDeletion()
                ? ResourceChanged.Change.DELETED
                : ResourceChanged.Change.UPSERTED;
        String key = EventKeys.forResource(tenantId, item.ref());
        CloudEvent<ResourceChanged> event = EventCodec.envelope(SOURCE, ResourceChanged.TYPE, tenantId, key,
                new ResourceChanged(tenantId, change, item));
        outbox.append(Topics.INVENTORY_RESOURCES, key, event);
    }
}
