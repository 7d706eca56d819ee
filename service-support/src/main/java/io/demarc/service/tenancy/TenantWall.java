package io.demarc.service.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;

/**
 * The database's tenant wall, second to the API's: every connection handed out by the pool first receives the tenant
 * its work is for ({@link TenantScope} on this thread, else the request's {@link RequestTenant}, else none), replacing
 * whatever its previous user set. Row-level security policies on every table with a {@code tenant_id} (installed by
 * {@code db/support/afterMigrate.sql}) compare each row with these settings, so a query that forgot its tenant filter
 * still sees only its own tenant's rows, and work with no tenant sees none. A transaction keeps the connection it
 * started with: to change scope, start a new transaction inside the new scope.
 */
@ApplicationScoped
public class TenantWall implements AgroalPoolInterceptor {

    /** The setting the policies read for the tenant; empty when none. */
    public static final String TENANT_SETTING = "demarc.tenant_id";
    /** The setting the policies read for platform work across tenants: {@code on} or empty. */
    public static final String ACROSS_TENANTS_SETTING = "demarc.across_tenants";

    private static final String APPLY = "select set_config('" + TENANT_SETTING + "', ?, false), set_config('"
            + ACROSS_TENANTS_SETTING + "', ?, false)";

    @Inject
    RequestTenant requestTenant;

    @Override
    public void onConnectionAcquire(Connection connection) {
        apply(connection, current());
    }

    private TenantScope.Setting current() {
        TenantScope.Setting onThread = TenantScope.onThisThread();
        if (onThread != null) {
            return onThread;
        }
        InjectableContext requests = Arc.container().requestContext();
        return requests.isActive() ? requestTenant.setting() : TenantScope.Setting.NONE;
    }

    private static void apply(Connection connection, TenantScope.Setting setting) {
        try (PreparedStatement statement = connection.prepareStatement(APPLY)) {
            statement.setString(1, setting.tenantId() == null ? "" : setting.tenantId());
            statement.setString(2, setting.acrossTenants() ? "on" : "");
            statement.execute();
        } catch (SQLException e) {
            // A connection whose tenant cannot be set must not be used: it could carry another tenant's setting.
            throw new IllegalStateException("cannot set the tenant of a database connection", e);
        }
    }
}
