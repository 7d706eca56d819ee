package io.demarc.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The web console, run from its fast-jar after the four services. It has no database and no Kafka: it signs people in
 * with Keycloak's public client {@code demarc-console} and reads everything from the services' APIs with their own
 * tokens, so it is wired only to Keycloak and the four services.
 */
final class ConsoleComponent extends ProcessComponent {

    static final String NAME = "console";
    static final String MODULE = "console";
    /** Encrypts the session cookie and signs CSRF tokens; generated once, kept like the other local secrets. */
    static final String SESSION_SECRET = "console-session-secret";

    ConsoleComponent(StackConfig config) {
        super(config);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String displayName() {
        return MODULE;
    }

    @Override
    public List<PortSetting> ports() {
        return List.of(PortSetting.CONSOLE);
    }

    @Override
    public PortSetting mainPort() {
        return PortSetting.CONSOLE;
    }

    /** Where a person opens Demarc: the console's start page, which sends them to Keycloak's sign-in. */
    @Override
    public String url() {
        return baseUrl();
    }

    String baseUrl() {
        return "http://localhost:" + config.port(PortSetting.CONSOLE);
    }

    static Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(MODULE).resolve("target/quarkus-app/quarkus-run.jar");
    }

    @Override
    protected void prepare() {
        checkPrerequisites();
    }

    @Override
    public void checkPrerequisites() {
        Path jar = runnableJar(config.repoRoot());
        if (!Files.isRegularFile(jar)) {
            throw new LauncherException(MODULE + " is not built: " + jar
                    + " is missing. Build it with ./mvnw -DskipTests install (./demarc up does this when it is run"
                    + " from the repository root).");
        }
    }

    @Override
    protected List<String> command() {
        return List.of(Processes.javaExecutable(), "-Xmx256m", marker(), "-jar",
                runnableJar(config.repoRoot()).toString());
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> environment = super.environment();
        environment.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.port(PortSetting.CONSOLE)));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL",
                "http://localhost:" + config.port(PortSetting.KEYCLOAK) + "/realms/" + KeycloakComponent.REALM);
        environment.put("DEMARC_INVENTORY_URL", serviceUrl(PortSetting.INVENTORY));
        environment.put("DEMARC_OWNERSHIP_URL", serviceUrl(PortSetting.OWNERSHIP));
        environment.put("DEMARC_ASSESSMENT_URL", serviceUrl(PortSetting.ASSESSMENT));
        environment.put("DEMARC_REPORTING_URL", serviceUrl(PortSetting.REPORTING));
        environment.put("DEMARC_CONSOLE_SESSION_SECRET", Secrets.readOrCreate(layout.secret(SESSION_SECRET)));
        return environment;
    }

    private String serviceUrl(PortSetting port) {
        return "http://localhost:" + config.port(port);
    }

    /** Ready when Quarkus says so; the console needs no service to answer its own readiness. */
    @Override
    protected boolean probe() throws Exception {
        return Http.isOk(baseUrl() + "/q/health/ready");
    }
}
