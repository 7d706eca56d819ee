package io.demarc.contracts;

/**
 * Record keys. Keying by tenant, account, type and id keeps every change of one resource on one partition, in order.
 */
public final class EventKeys {

    private EventKeys() {
    }

    public static String forResource(String tenantId, ResourceRef resource) {
        return String.join("/", tenantId, resource.accountId(), resource.resourceType(), resource.resourceId());
    }
}
