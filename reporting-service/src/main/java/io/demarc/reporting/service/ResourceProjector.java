package io.demarc.reporting.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.ResourceChanged;
import io.demarc.reporting.model.ResourceRecord;
import io.demarc.reporting.repository.ResourceRepository;
import io.demarc.reporting.repository.ResourceTallyRepository;

/** Keeps which resources each tenant has, and the live count per account and type. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ResourceProjector {

    @Inject
    ResourceRepository resources;

    @Inject
    ResourceTallyRepository tallies;

    /** An item older than the one stored never overwrites it: replays and late deliveries change nothing. */
    public void apply(String tenantId, ResourceChanged change) {
        ConfigurationItem item = change.item();
        boolean deleted = change.change() == ResourceChanged.Change.DELETED || item.isDeletion();
        String region = item.awsRegion() == null ? "" : item.awsRegion();
        ResourceRecord record = resources.findByKey(tenantId, item.accountId(), region, item.resourceType(),
                item.resourceId()).orElse(null);
        boolean liveBefore = record != null && !record.deleted;
        if (record == null) {
            record = new ResourceRecord();
            record.tenantId = tenantId;
            record.accountId = item.accountId();
            record.awsRegion = region;
            record.resourceType = item.resourceType();
            record.resourceId = item.resourceId();
        } else if (isOlder(item.configurationItemCaptureTime(), record.captureTime)) {
            return;
        }
        record.captureTime = item.configurationItemCaptureTime();
        record.stateId = item.configurationStateId();
        record.deleted = deleted;
        if (record.id == null) {
            resources.persist(record);
        }
        if (liveBefore != !deleted) {
            tallies.add(tenantId, item.accountId(), item.resourceType(), deleted ? -1 : 1);
        }
    }

    private static boolean isOlder(Instant incoming, Instant stored) {
        return incoming != null && stored != null && incoming.isBefore(stored);
    }
}
