package io.demarc.assessment;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * SQL straight to the database, each statement in a transaction of its own started inside one scope of the tenant
 * wall: one tenant's rows ({@code tenant} set) or every tenant's (a check that nothing changed anywhere).
 */
public final class ScopedSql {

    private final EntityManager entityManager;
    /** The only tenant whose rows are seen; null: every tenant's. */
    private final String tenant;

    ScopedSql(EntityManager entityManager, String tenant) {
        this.entityManager = entityManager;
        this.tenant = tenant;
    }

    public long count(String sql, Object... parameters) {
        return inScope(() -> ((Number) query(sql, parameters).getSingleResult()).longValue());
    }

    public Object single(String sql, Object... parameters) {
        return inScope(() -> query(sql, parameters).getSingleResult());
    }

    /** Runs a statement; returns the number of rows it changed. */
    public int execute(String sql, Object... parameters) {
        return inScope(() -> query(sql, parameters).executeUpdate());
    }

    private Query query(String sql, Object... parameters) {
        Query query = entityManager.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    private <T> T inScope(Supplier<T> work) {
        // The transaction starts inside the scope: its connection carries the scope's setting until it ends.
        Supplier<T> transaction = () -> QuarkusTransaction.requiringNew().call(work::get);
        return tenant == null ? TenantScope.acrossTenants(transaction) : TenantScope.of(tenant, transaction);
    }
}
