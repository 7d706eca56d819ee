package io.demarc.inventory.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.config.ImportConfig;

/**
 * Imports AWS Config configuration items, in any shape AWS delivers them, into a tenant's resources. All or nothing:
 * the whole import is checked before anything is written, and written in one transaction.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    ImportConfig config;

    @Inject
    ResourceWriter writer;

    /**
     * @param tenantId the tenant of the request path; a tenant named in the items is never used
     * @throws InvalidImportException naming every item and field at fault; nothing was stored
     */
    public ImportSummary importItems(String tenantId, byte[] json) {
        // Parsing happens before the transaction: a large import holds no connection while it is being checked.
        List<ConfigurationItem> items = new ConfigurationItemParser(config.maxItems()).parse(json);
        return importNormalized(tenantId, items);
    }

    /**
     * Stores items another source already normalized (recorded API responses, live collection) through the same
     * path: the newest item of each resource, never over a newer stored one, each change announced once.
     *
     * @param tenantId the tenant of the request path
     */
    public ImportSummary importNormalized(String tenantId, List<ConfigurationItem> items) {
        NewestItems newest = NewestItems.of(items);
        ResourceWriter.Counts counts = writer.write(tenantId, newest.items());
        return new ImportSummary(items.size(), counts.stored(), counts.unchanged() + newest.repeated(),
                counts.stale() + newest.superseded());
    }
}
