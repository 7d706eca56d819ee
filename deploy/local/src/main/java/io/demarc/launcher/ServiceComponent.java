package io.demarc.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One Demarc Quarkus service, run from its fast-jar and wired to the local infrastructure by environment. */
final class ServiceComponent extends ProcessComponent {

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
                Secrets.readOrCreate(layout.secret(PostgresComponent.PASSWORD_SECRET)));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "localhost:" + config.port(PortSetting.KAFKA));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL",
                "http://localhost:" + config.port(PortSetting.KEYCLOAK) + "/realms/" + KeycloakComponent.REALM);
        return environment;
    }

    /** Ready when the service's own readiness checks (database, Kafka, ...) all pass. */
    @Override
    protected boolean probe() throws Exception {
        return Http.isOk(baseUrl() + "/q/health/ready");
    }
}
