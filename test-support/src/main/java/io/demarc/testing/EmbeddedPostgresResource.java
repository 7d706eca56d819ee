package io.demarc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server for {@code @QuarkusTest}s, started from a Maven jar on a random port (no Docker). Each
 * test class run gets an empty database; Flyway builds the schema as in production, as the owner ({@value #OWNER}),
 * and the service works as the application role {@value #APPLICATION_ROLE}, so row-level security applies in tests as
 * it does in production.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Owns the schema: Flyway's user. */
    public static final String OWNER = "postgres";
    /** The service's user, which the tenant wall applies to. */
    public static final String APPLICATION_ROLE = "demarc_app";

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create role " + APPLICATION_ROLE + " login password '" + APPLICATION_ROLE + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the application role", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "quarkus.datasource.username", APPLICATION_ROLE,
                "quarkus.datasource.password", APPLICATION_ROLE,
                "quarkus.flyway.username", OWNER,
                "quarkus.flyway.password", OWNER);
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
