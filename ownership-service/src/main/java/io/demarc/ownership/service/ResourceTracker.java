package io.demarc.ownership.service;

import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.ResourceChanged;
import io.demarc.ownership.model.TenantResource;
import io.demarc.ownership.repository.TenantResourceRepository;

/** Keeps each tenant's list of resources in step with inventory; an older item never overrides a newer one. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResourceTracker {

    /** What became of one change. */
    public enum Outcome {
        ADDED, UPDATED, STALE
    }

    @Inject
    TenantResourceRepository repository;

    /**
     * Applies a change reported for {@code tenantId}, ordering items as inventory does ({@link ConfigurationItemOrder}).
     * A stale item may only move the first-seen time back. A deletion carries the last known item, so it wins over the
     * upsert of that same item.
     */
    public Outcome apply(String tenantId, ResourceChanged change) {
        ConfigurationItem item = change.item();
        boolean deletion = change.change() == ResourceChanged.Change.DELETED || item.isDeletion();
        String key = TenantResource.keyOf(ResourceKey.of(item));
        TenantResource resource = repository.findByKey(tenantId, key).orElse(null);
        if (resource == null) {
            resource = new TenantResource();
            resource.tenantId = tenantId;
            resource.resourceKey = key;
            resource.accountId = item.accountId();
            resource.resourceType = item.resourceType();
            resource.awsRegion = item.awsRegion();
            resource.resourceId = item.resourceId();
            resource.firstSeenAt = item.configurationItemCaptureTime();
            record(resource, item, deletion);
            repository.persist(resource);
            return Outcome.ADDED;
        }
        if (item.configurationItemCaptureTime().isBefore(resource.firstSeenAt)) {
            resource.firstSeenAt = item.configurationItemCaptureTime();
        }
        int order = ConfigurationItemOrder.compare(item.configurationItemCaptureTime(), item.configurationStateId(),
                resource.lastCaptureTime, resource.lastStateId);
        if (order < 0 || order == 0 && !deletion) {
            return Outcome.STALE;
        }
        record(resource, item, deletion);
        return Outcome.UPDATED;
    }

    private static void record(TenantResource resource, ConfigurationItem item, boolean deletion) {
        resource.deleted = deletion;
        resource.lastCaptureTime = item.configurationItemCaptureTime();
        resource.lastStateId = item.configurationStateId();
        // A deletion item may come without tags; the resource keeps the ones it had when it last existed.
        if (!deletion) {
            resource.arn = item.arn();
            resource.tags = item.tags() == null ? Map.of() : new TreeMap<>(item.tags());
        }
    }
}
