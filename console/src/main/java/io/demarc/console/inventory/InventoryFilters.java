package io.demarc.console.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.console.web.Links;

/** The inventory list's filters as the page's form holds them; blank means any. */
public record InventoryFilters(String accountId, String region, String resourceType, String serviceModel,
        String tag) {

    public static final List<String> SERVICE_MODELS = List.of("IAAS", "PAAS", "SERVERLESS", "ABSTRACTED", "UNKNOWN");

    public InventoryFilters {
        accountId = blankToNull(accountId);
        region = blankToNull(region);
        resourceType = blankToNull(resourceType);
        serviceModel = blankToNull(serviceModel);
        tag = blankToNull(tag);
    }

    public List<String> serviceModels() {
        return SERVICE_MODELS;
    }

    public boolean any() {
        return !params().isEmpty();
    }

    /** The list's address with these filters and the cursor (none for the first page). */
    public String link(String tenant, String cursor) {
        return Links.withQuery("/tenants/" + tenant + "/inventory", params(), cursor);
    }

    private Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        if (accountId != null) {
            params.put("accountId", accountId);
        }
        if (region != null) {
            params.put("region", region);
        }
        if (resourceType != null) {
            params.put("resourceType", resourceType);
        }
        if (serviceModel != null) {
            params.put("serviceModel", serviceModel);
        }
        if (tag != null) {
            params.put("tag", tag);
        }
        return params;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
