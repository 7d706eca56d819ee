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
 * one (same hash) changes nothing and announces nothing, which makes re-sending an import harmless. A replaced item is
 * kept as the resource's history.
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
        List<IncomingItem> created = new ArrayList<>();
        Map<Resource, IncomingItem> replacing = new LinkedHashMap<>();
        List<IncomingItem> changed = new ArrayList<>();
        int unchanged = 0;
        int stale = 0;
        for (IncomingItem incoming : items) {
            Resource current = stored.get(incoming.key());
            if (current == null) {
                created.add(incoming);
            } else if (isOlder(incoming.item(), current)) {
                stale++;
                continue;
            } else if (incoming.hash().equals(current.itemHash)) {
                unchanged++;
                continue;
            } else {
                replacing.put(current, incoming);
            }
            changed.add(incoming);
        }
        // The replaced versions are copied inside the database before any row changes: history without re-parsing.
        repository.keepVersions(tenantId, replacing.keySet().stream().map(resource -> resource.id).toList());
        List<Resource> written = new ArrayList<>(stored.values());
        for (IncomingItem incoming : created) {
            Resource resource = mapper.newResource(tenantId, incoming.item(), incoming.hash());
            repository.persist(resource);
            written.add(resource);
        }
        replacing.forEach((current, incoming) -> mapper.update(current, incoming.item(), incoming.hash()));
        // Resources first, in JDBC batches: each outbox insert (identity key) would otherwise flush them one by one.
        repository.flush();
        // Written or left as they were: nothing else reads them in this transaction, so the commit's flush need not
        // check them again.
        written.forEach(repository.getEntityManager()::detach);
        changed.forEach(incoming -> announce(tenantId, incoming));
        return new Counts(changed.size(), unchanged, stale);
    }

    private static boolean isOlder(ConfigurationItem item, Resource current) {
        return ConfigurationItemOrder.compare(item.configurationItemCaptureTime(), item.configurationStateId(),
                current.configurationItemCaptureTime, current.configurationStateId) < 0;
    }

    /** The event carries the item's hash, so assessment does not hash it again. */
    private void announce(String tenantId, IncomingItem incoming) {
        ConfigurationItem item = incoming.item();
        ResourceChanged.Change change = item.isDeletion()
                ? ResourceChanged.Change.DELETED
                : ResourceChanged.Change.UPSERTED;
        String key = EventKeys.forResource(tenantId, item.ref());
        CloudEvent<ResourceChanged> event = EventCodec.envelope(SOURCE, ResourceChanged.TYPE, tenantId, key,
                new ResourceChanged(tenantId, change, item, incoming.hash()));
        outbox.append(Topics.INVENTORY_RESOURCES, key, event);
    }
}
