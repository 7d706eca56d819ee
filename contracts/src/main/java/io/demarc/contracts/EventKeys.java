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

    /** Keeps every change of one account on one partition. */
    public static String forAccount(String tenantId, String accountId) {
        return String.join("/", tenantId, accountId);
    }

    /** For tenant-wide facts (assignments, matrix rows, exceptions, attestations): one partition per tenant. */
    public static String forTenant(String tenantId) {
        return tenantId;
    }
}
