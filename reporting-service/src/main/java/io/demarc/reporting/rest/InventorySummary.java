package io.demarc.reporting.rest;

import java.util.List;
import java.util.Map;

/**
 * What a tenant runs: live resources by service model and by type.
 *
 * @param accountId the one account it is narrowed to; null for the whole tenant
 * @param byServiceModel IAAS, PAAS, SERVERLESS, ABSTRACTED and UNKNOWN (types the catalog does not know)
 */
public record InventorySummary(String tenantId, String accountId, long total, Map<String, Long> byServiceModel,
        List<TypeCount> types) {

    public record TypeCount(String resourceType, String serviceModel, long resources) {
    }
}
