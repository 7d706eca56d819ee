package io.demarc.reporting;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Statements only the schema owner may run, for benchmarks: the service's role may not {@code analyze} the tables it
 * does not own (PostgreSQL skips them with a warning), and a benchmark without statistics measures the planner's
 * guesses.
 */
public final class SchemaOwner {

    private SchemaOwner() {
    }

    /** Runs {@code analyze} on the given tables (all of the schema when none) as Flyway's user. */
    public static void analyze(String... tables) {
        Config config = ConfigProvider.getConfig();
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.flyway.username", String.class),
                config.getValue("quarkus.flyway.password", String.class));
                Statement statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", tables));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot analyze as the schema owner", e);
        }
    }
}
