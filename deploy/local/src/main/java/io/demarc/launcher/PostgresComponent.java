package io.demarc.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * PostgreSQL 17 with a persistent data directory, roles {@code demarc} (owner) and {@code demarc_app} (the services)
 * and one database per service.
 */
final class PostgresComponent implements Component {

    /** Owns the service databases and their schemas; Flyway migrates as this role. */
    static final String OWNER_ROLE = "demarc";
    /** What the services work as: not an owner, so row-level security (the tenant wall) applies to it. */
    static final String APPLICATION_ROLE = "demarc_app";
    static final String APPLICATION_PASSWORD_SECRET = "postgres-app-password";
    static final String SUPERUSER = "postgres";
    static final String PASSWORD_SECRET = "postgres-password";
    static final String SUPERUSER_PASSWORD_SECRET = "postgres-superuser-password";

    private final StackConfig config;
    private final StateLayout layout;
    private final PidFiles pidFiles;

    PostgresComponent(StackConfig config) {
        this.config = config;
        this.layout = new StateLayout(config.home());
        this.pidFiles = new PidFiles(layout.run());
    }

    @Override
    public String name() {
        return ComponentSelection.POSTGRES;
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public List<PortSetting> ports() {
        return List.of(PortSetting.POSTGRES);
    }

    @Override
    public PortSetting mainPort() {
        return PortSetting.POSTGRES;
    }

    @Override
    public String url() {
        return "jdbc:postgresql://localhost:" + port() + "/";
    }

    @Override
    public Path logFile() {
        return layout.logFile(name());
    }

    private int port() {
        return config.port(PortSetting.POSTGRES);
    }

    Path dataDir() {
        return layout.postgres().resolve("data");
    }

    /** The postmaster's PID from its own {@code postmaster.pid}, trusted only if its {@code -D} is our data dir. */
    @Override
    public OptionalLong pid() {
        Path postmasterPid = dataDir().resolve("postmaster.pid");
        OptionalLong pid = OptionalLong.empty();
        try {
            if (Files.isRegularFile(postmasterPid)) {
                String firstLine = Files.readAllLines(postmasterPid, StandardCharsets.UTF_8).get(0).strip();
                long candidate = Long.parseLong(firstLine);
                if (PidFiles.isOurs(candidate, dataDir().toString())) {
                    pid = OptionalLong.of(candidate);
                }
            }
        } catch (IOException | RuntimeException e) {
            // unreadable or half-written: treat as not running
        }
        if (pid.isEmpty()) {
            pidFiles.delete(name());
        }
        return pid;
    }

    @Override
    public void start() {
        Path dist = PostgresBinaries.ensureUnpacked(layout.postgres());
        Path superuserPasswordFile = layout.secret(SUPERUSER_PASSWORD_SECRET);
        Secrets.readOrCreate(superuserPasswordFile);
        Secrets.readOrCreate(layout.secret(PASSWORD_SECRET));
        Secrets.readOrCreate(layout.secret(APPLICATION_PASSWORD_SECRET));
        Processes.appendLogHeader(logFile(), "starting PostgreSQL");
        if (!Files.exists(dataDir().resolve("PG_VERSION"))) {
            initdb(dist, superuserPasswordFile);
        }
        List<String> pgCtl = pgCommand(dist, "pg_ctl");
        pgCtl.addAll(List.of("-D", dataDir().toString(), "-l", logFile().toString(), "-w", "-t",
                Long.toString(config.startTimeout(name()).toSeconds()), "-o", serverOptions(), "start"));
        int exit = Processes.run(pgCtl, Map.of(), layout.postgres(), logFile(),
                config.startTimeout(name()).plusSeconds(10));
        if (exit != 0) {
            throw new ComponentFailedException("PostgreSQL did not start (pg_ctl exit code " + exit
                    + "). See its log: " + logFile(), logFile());
        }
        pid().ifPresent(pid -> pidFiles.write(name(), pid));
    }

    /**
     * Server settings passed on each start, so a changed port needs no edit of postgresql.conf. Only TCP on
     * localhost: no Unix socket, whose path length limit long temp directories would exceed.
     */
    private String serverOptions() {
        return "-p " + port() + " -c listen_addresses=localhost -c unix_socket_directories='' -c max_connections=200";
    }

    private void initdb(Path dist, Path superuserPasswordFile) {
        List<String> initdb = pgCommand(dist, "initdb");
        initdb.addAll(List.of("-D", dataDir().toString(), "-U", SUPERUSER, "--pwfile=" + superuserPasswordFile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"));
        int exit = Processes.run(initdb, Map.of(), layout.postgres(), logFile(), Duration.ofMinutes(2));
        if (exit != 0) {
            throw new ComponentFailedException(
                    "initdb failed (exit code " + exit + "). See its log: " + logFile(), logFile());
        }
    }

    private static List<String> pgCommand(Path dist, String binary) {
        List<String> command = new ArrayList<>(RootWorkaround.commandPrefix());
        command.add(dist.resolve("bin").resolve(binary).toString());
        return command;
    }

    @Override
    public void awaitReady() {
        Readiness.await(displayName(), config.startTimeout(name()), this::selectOne, () -> pid().isPresent(),
                logFile());
    }

    private boolean selectOne() throws SQLException {
        try (Connection connection = superuserConnection("postgres");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            return result.next();
        }
    }

    /**
     * Creates the owner role {@code demarc}, the application role {@code demarc_app} and the service databases if
     * missing; keeps the roles' passwords in sync with their secrets.
     */
    @Override
    public void afterReady() {
        try (Connection connection = superuserConnection("postgres")) {
            try (Statement statement = connection.createStatement()) {
                login(connection, statement, OWNER_ROLE, Secrets.readOrCreate(layout.secret(PASSWORD_SECRET)));
                login(connection, statement, APPLICATION_ROLE,
                        Secrets.readOrCreate(layout.secret(APPLICATION_PASSWORD_SECRET)));
                for (ServiceDefinition service : ServiceDefinition.ALL) {
                    if (!exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", service.database())) {
                        statement.execute("CREATE DATABASE \"" + service.database() + "\" OWNER " + OWNER_ROLE);
                    }
                }
            }
        } catch (SQLException e) {
            throw new LauncherException("Cannot create the demarc role and databases: " + e.getMessage(), e);
        }
    }

    private static void login(Connection connection, Statement statement, String role, String password)
            throws SQLException {
        // The password is generated URL-safe Base64, so it cannot break out of the literal.
        String verb = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        statement.execute(verb + " ROLE " + role + " WITH LOGIN PASSWORD '" + password + "'");
    }

    private static boolean exists(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", Secrets.read(layout.secret(SUPERUSER_PASSWORD_SECRET)).orElse(""));
        properties.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, properties);
    }

    @Override
    public void stop() {
        OptionalLong pid = pid();
        if (pid.isEmpty()) {
            return;
        }
        Path dist = layout.postgres().resolve("dist-" + LauncherVersions.postgresBinaries());
        List<String> pgCtl = pgCommand(dist, "pg_ctl");
        pgCtl.addAll(List.of("-D", dataDir().toString(), "-m", "fast", "-w", "-t",
                Long.toString(config.stopTimeout().toSeconds()), "stop"));
        Processes.appendLogHeader(logFile(), "stopping PostgreSQL");
        try {
            Processes.run(pgCtl, Map.of(), layout.postgres(), logFile(), config.stopTimeout().plusSeconds(10));
        } catch (LauncherException e) {
            // fall through to signalling the postmaster directly
        }
        if (PidFiles.isOurs(pid.getAsLong(), dataDir().toString())) {
            Processes.stop(pid.getAsLong(), Duration.ofSeconds(10));
        }
        pidFiles.delete(name());
    }
}
