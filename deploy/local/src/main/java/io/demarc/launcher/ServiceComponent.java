package io.demarc.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One Demarc Quarkus service, run from its fast-jar and wired to the local infrastructure by environment. */
final class ServiceComponent extends ProcessComponent {

    /**
     * The MSP principal the onboarding templates name, a placeholder for the local demo: no AWS is reachable from it,
     * the templates are there to be looked at.
     */
    static final String DEMO_MSP_PRINCIPAL_ARN = "arn:aws:iam::000000000000:role/DemarcCollector";

    private final ServiceDefinition service;

    ServiceComponent(StackConfig config, ServiceDefinition service) {
        super(config);
        this.service = service;
    }

    ServiceDefinition definition() {
        return service;
    }

    @Override
    public String name() {
        return service.name();
    }

    @Override
    public String displayName() {
        return service.module();
    }

    @Override
    public List<PortSetting> ports() {
        return List.of(service.port());
    }

    @Override
    public PortSetting mainPort() {
        return service.port();
    }

    @Override
    public String url() {
        return baseUrl() + "/q/swagger-ui";
    }

    String baseUrl() {
        return "http://localhost:" + config.port(service.port());
    }

    private Path jar() {
        return service.runnableJar(config.repoRoot());
    }

    @Override
    protected void prepare() {
        checkPrerequisites();
    }

    @Override
    public void checkPrerequisites() {
        if (!Files.isRegularFile(jar())) {
            throw new LauncherException(service.module() + " is not built: " + jar()
                    + " is missing. Build it with ./mvnw -DskipTests install (./demarc up does this when it is run"
                    + " from the repository root).");
        }
    }

    @Override
    protected List<String> command() {
        return List.of(Processes.javaExecutable(), "-Xmx512m", marker(), "-jar", jar().toString());
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> environment = super.environment();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.port(service.port())));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://localhost:" + config.port(PortSetting.POSTGRES) + "/" + service.database());
        environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresComponent.APPLICATION_ROLE);
        environment.put("QUARKUS_DATASOURCE_PASSWORD",
                Secrets.readOrCreate(layout.secret(PostgresComponent.APPLICATION_PASSWORD_SECRET)));
        // Migrations run as the owner; the service works as the application role, behind row-level security.
        environment.put("QUARKUS_FLYWAY_USERNAME", PostgresComponent.OWNER_ROLE);
        environment.put("QUARKUS_FLYWAY_PASSWORD",
                Secrets.readOrCreate(layout.secret(PostgresComponent.PASSWORD_SECRET)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.port(PortSetting.KAFKA));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL",
                "http://localhost:" + config.port(PortSetting.KEYCLOAK) + "/realms/" + KeycloakComponent.REALM);
        if (service.name().equals("inventory")) {
            environment.putAll(tenantAdministration());
        }
        return environment;
    }

    /**
     * inventory-service creates each new tenant's Keycloak Organization through the admin client. Without its secret (a
     * Keycloak state imported before the client existed) the variables are left out and organizations are managed in
     * the admin console.
     */
    private Map<String, String> tenantAdministration() {
        Map<String, String> environment = new HashMap<>();
        environment.put("DEMARC_AWS_MSP_PRINCIPAL_ARN", DEMO_MSP_PRINCIPAL_ARN);
        KeycloakClientSecrets.Client admin = KeycloakClientSecrets.Client.INVENTORY_ADMIN;
        Secrets.read(layout.secret(admin.secretFile)).ifPresent(secret -> {
            environment.put("DEMARC_KEYCLOAK_ADMIN_BASE_URL", "http://localhost:" + config.port(PortSetting.KEYCLOAK));
            environment.put("DEMARC_KEYCLOAK_ADMIN_REALM", KeycloakComponent.REALM);
            environment.put("DEMARC_KEYCLOAK_ADMIN_CLIENT_ID", admin.clientId);
            environment.put("DEMARC_KEYCLOAK_ADMIN_CLIENT_SECRET", secret);
        });
        return environment;
    }

    /** Ready when the service's own readiness checks (database, Kafka, ...) all pass. */
    @Override
    protected boolean probe() throws Exception {
        return Http.isOk(baseUrl() + "/q/health/ready");
    }
}
