package io.demarc.service.tenancy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service whose database user would pass through the tenant wall: a superuser, a role with
 * {@code BYPASSRLS}, or the owner of the tables (row-level security does not apply to owners). The service must
 * connect as the application role and migrate as the owner ({@code quarkus.flyway.username}). Turned into a warning
 * with {@code demarc.tenant-wall.enforced=false}, for a developer's throwaway database only.
 */
@ApplicationScoped
public class TenantWallCheck {

    private static final Logger LOG = Logger.getLogger(TenantWallCheck.class);

    private static final String QUERY = "select current_user, r.rolsuper, r.rolbypassrls, exists (select 1 from"
            + " pg_tables t where t.schemaname = current_schema() and t.tableowner = current_user)"
            + " from pg_roles r where r.rolname = current_user";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "demarc.tenant-wall.enforced", defaultValue = "true")
    boolean enforced;

    void onStart(@Observes StartupEvent started) {
        List<String> holes = holes();
        if (holes.isEmpty()) {
            return;
        }
        String message = "Row-level security cannot protect tenants: the service's database user " + String.join(", ",
                holes) + ". Connect as the application role (quarkus.datasource.username) and run migrations as the"
                + " schema owner (quarkus.flyway.username, quarkus.flyway.password).";
        if (enforced) {
            throw new IllegalStateException(message);
        }
        LOG.warn(message + " Continuing because demarc.tenant-wall.enforced=false.");
    }

    List<String> holes() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(QUERY)) {
            List<String> holes = new ArrayList<>();
            if (!row.next()) {
                holes.add("has no role entry");
                return holes;
            }
            String user = row.getString(1);
            if (row.getBoolean(2)) {
                holes.add(user + " is a superuser");
            }
            if (row.getBoolean(3)) {
                holes.add(user + " has BYPASSRLS");
            }
            if (row.getBoolean(4)) {
                holes.add(user + " owns the service's tables");
            }
            return holes;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check the database user's privileges", e);
        }
    }
}
