package io.demarc.reporting;

import java.util.function.Supplier;

import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads a test makes straight from the repositories, each in a transaction of its own started inside its scope. The
 * transaction is what makes the scope count: outside one, the test's request-scoped session keeps the connection of
 * its first query, and with it the tenant setting that connection was given.
 */
public final class ScopedReads {

    private ScopedReads() {
    }

    /** What tenant {@code tenantId}'s work would read. */
    public static <T> T inTenant(String tenantId, Supplier<T> read) {
        return TenantScope.of(tenantId, () -> inTransaction(read));
    }

    /** What platform work across tenants would read. */
    public static <T> T acrossTenants(Supplier<T> read) {
        return TenantScope.acrossTenants(() -> inTransaction(read));
    }

    /** What work for no tenant would read. */
    public static <T> T unscoped(Supplier<T> read) {
        return inTransaction(read);
    }

    private static <T> T inTransaction(Supplier<T> read) {
        return QuarkusTransaction.requiringNew().call(read::get);
    }
}
