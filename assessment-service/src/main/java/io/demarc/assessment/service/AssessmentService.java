package io.demarc.assessment.service;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.model.ResourceKeys;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.ingest.ConfigurationItemOrder;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;

/**
 * Assesses one resource change: keeps the resource's latest item, evaluates every control the tenant has for its type
 * (the catalog's and its own), and announces each finding whose status, owner or exception is new or changed.
 * Unchanged verdicts are stored (new hash, new capture time) but not announced, so replaying inventory produces no
 * events. An item older than the one kept changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    @Inject
    TenantFindingsLock findingsLock;

    @Inject
    ControlLibrary library;

    @Inject
    ResourceItemRepository items;

    @Inject
    ResourceEvaluator evaluator;

    @Inject
    Owners owners;

    @Inject
    ItemObserver observer;

    @Inject
    AccountEvaluator accounts;

    /** Applies one change; returns how many finding events were appended. */
    public int assess(String tenantId, ResourceChanged change) {
        findingsLock.forEvaluation(tenantId);
        ConfigurationItem item = change.item();
        String key = ResourceKeys.of(item.ref());
        ResourceItem stored = items.findForUpdate(tenantId, key).orElse(null);
        if (stored != null && isOlder(item, stored)) {
            LOG.debugf("Ignored stale item of %s: captured %s, kept %s", item.resourceId(),
                    item.configurationItemCaptureTime(), stored.itemCaptureTime);
            return 0;
        }
        boolean deleted = change.change() == ResourceChanged.Change.DELETED || item.isDeletion();
        // Inventory hashed the item at ingest with the same canonical JSON: hashing it again would double the cost.
        PreparedItem prepared = change.itemHash() == null
                ? PreparedItem.of(item)
                : PreparedItem.of(item, change.itemHash());
        keep(tenantId, key, item, deleted, stored);
        if (!deleted) {
            observer.observe(tenantId, item, prepared.sha256());
        }
        TenantOwners tenantOwners = owners.of(tenantId);
        return evaluator.evaluate(tenantId, prepared, deleted, tenantOwners)
                + accounts.evaluate(tenantId, item, deleted, false, tenantOwners);
    }

    private void keep(String tenantId, String key, ConfigurationItem item, boolean deleted, ResourceItem row) {
        if (row == null) {
            row = new ResourceItem();
            row.tenantId = tenantId;
            row.resourceKey = key;
        }
        row.accountId = item.accountId();
        row.awsRegion = item.awsRegion();
        row.resourceType = item.resourceType();
        row.resourceId = item.resourceId();
        if (item.arn() != null) {
            row.arn = item.arn();
        }
        if (!deleted || row.item == null) {
            // A deletion notice carries no configuration: keep the last real item and its tags for the record.
            row.item = EventCodec.mapper().valueToTree(item).toString();
            row.tags = EventCodec.mapper().valueToTree(item.tags() == null ? Map.of() : item.tags())
                    .toString();
        }
        row.itemCaptureTime = item.configurationItemCaptureTime();
        row.configurationStateId = item.configurationStateId();
        row.deleted = deleted;
        row.catalogVersion = library.version();
        row.updatedAt = Instant.now();
        items.persist(row);
    }

    private static boolean isOlder(ConfigurationItem item, ResourceItem stored) {
        if (item.configurationItemCaptureTime() == null || stored.itemCaptureTime == null) {
            return false;
        }
        return ConfigurationItemOrder.compare(item.configurationItemCaptureTime(), item.configurationStateId(),
                stored.itemCaptureTime, stored.configurationStateId) < 0;
    }
}
