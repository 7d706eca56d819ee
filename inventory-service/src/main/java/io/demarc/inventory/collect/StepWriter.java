package io.demarc.inventory.collect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.catalog.recordings.NormalizedRecording;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.inventory.service.ImportService;

/**
 * Writes what one step saw through the import path ({@link ImportService#importNormalized}), and after a complete,
 * error-free step marks deleted the stored resources of the step's types and scope it no longer saw, in the same
 * transaction. A deletion keeps the resource's last configuration (history kept), as an account removal does.
 */
@ApplicationScoped
class StepWriter {

    /** AWS Config's status of a deleted resource, so a deletion reads the same whatever its source. */
    static final String RESOURCE_DELETED = "ResourceDeleted";

    @Inject
    ResourceRepository resources;

    @Inject
    ImportService imports;

    /** What the write did: the import's counts and how many resources were marked deleted. */
    record Written(ImportSummary summary, int deleted) {
    }

    /**
     * @param region the step's region, or {@code null} for a global service (every region of the account)
     * @param complete whether every call of the step was answered, so that absence means deletion
     */
    @Transactional
    Written write(String tenantId, String accountId, String region, Set<String> types, NormalizedRecording recording,
            boolean complete) {
        // Taken before reading, so that no import can add a resource between the read and the write.
        resources.lockTenant(tenantId);
        List<ConfigurationItem> items = new ArrayList<>(recording.items());
        List<ConfigurationItem> deletions = complete
                ? absent(tenantId, accountId, region, types, items)
                : List.of();
        items.addAll(deletions);
        ImportSummary summary = imports.importNormalized(tenantId, items);
        return new Written(summary, deletions.size());
    }

    private List<ConfigurationItem> absent(String tenantId, String accountId, String region, Set<String> types,
            List<ConfigurationItem> seen) {
        Set<ResourceKey> seenKeys = new HashSet<>();
        seen.forEach(item -> seenKeys.add(ResourceKey.of(item)));
        String query = "select r.item from Resource r where r.tenantId = :tenantId and r.accountId = :accountId"
                + " and r.deleted = false and r.resourceType in :types" + (region == null
                        ? ""
                        : " and r.awsRegion"
                                + " = :region");
        var typed = resources.getEntityManager().createQuery(query, JsonNode.class)
                .setParameter("tenantId", tenantId).setParameter("accountId", accountId).setParameter("types", types);
        if (region != null) {
            typed.setParameter("region", region);
        }
        Instant now = Instant.now();
        return typed.getResultStream().map(StepWriter::itemOf).filter(item -> !seenKeys.contains(ResourceKey.of(item)))
                .map(item -> deletion(item, now)).toList();
    }

    /** The item as deleted now; never older than the stored one, so the writer cannot find it stale. */
    private static ConfigurationItem deletion(ConfigurationItem item, Instant now) {
        Instant captured = item.configurationItemCaptureTime();
        Instant at = captured != null && captured.isAfter(now) ? captured : now;
        return new ConfigurationItem(item.accountId(), item.awsRegion(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.arn(), at, item.configurationStateId(), RESOURCE_DELETED, item.tags(),
                item.configuration(), item.supplementaryConfiguration());
    }

    private static ConfigurationItem itemOf(JsonNode json) {
        try {
            return EventCodec.mapper().treeToValue(json, ConfigurationItem.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored configuration item cannot be read", e);
        }
    }
}
