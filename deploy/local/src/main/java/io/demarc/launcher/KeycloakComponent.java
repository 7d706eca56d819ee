package io.demarc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Keycloak in dev mode (file-based H2), importing the {@code demarc} realm on its first start. */
final class KeycloakComponent extends ProcessComponent {

    static final String REALM = "demarc";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD_SECRET = "keycloak-admin-password";
    static final String REALM_RESOURCE = "/keycloak/demarc-realm.json";

    KeycloakComponent(StackConfig config) {
        super(config);
    }

    @Override
    public String name() {
        return ComponentSelection.KEYCLOAK;
    }

    @Override
    public String displayName() {
        return "Keycloak";
    }

    @Override
    public List<PortSetting> ports() {
        return List.of(PortSetting.KEYCLOAK, PortSetting.KEYCLOAK_MANAGEMENT);
    }

    @Override
    public PortSetting mainPort() {
        return PortSetting.KEYCLOAK;
    }

    @Override
    public String url() {
        return baseUrl() + "/admin";
    }

    String baseUrl() {
        return "http://localhost:" + config.port(PortSetting.KEYCLOAK);
    }

    String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    private Path server() {
        return layout.keycloak().resolve("keycloak-" + LauncherVersions.keycloak());
    }

    @Override
    protected Path workDir() {
        return layout.keycloak();
    }

    @Override
    public String startHint() {
        return Files.isDirectory(server().resolve("data/h2"))
                ? ""
                : "first start: builds the server and imports the realm, about a minute";
    }

    @Override
    public void checkPrerequisites() {
        KeycloakDistribution.requireAvailable(config.launcherBuildDir(), layout.keycloak());
    }

    @Override
    protected void prepare() {
        Path server = KeycloakDistribution.ensureUnpacked(config.launcherBuildDir(), layout.keycloak());
        Secrets.readOrCreate(layout.secret(ADMIN_PASSWORD_SECRET));
        copyRealm(server.resolve("data/import/demarc-realm.json"));
    }

    /** Keycloak imports it only while the realm does not exist yet; later edits need a fresh Keycloak state. */
    private static void copyRealm(Path target) {
        try (InputStream realm = KeycloakComponent.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new LauncherException("The realm file is missing from the launcher jar: " + REALM_RESOURCE);
            }
            Files.createDirectories(target.getParent());
            Files.copy(realm, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the realm to " + target, e);
        }
    }

    @Override
    protected List<String> command() {
        int port = config.port(PortSetting.KEYCLOAK);
        return List.of(server().resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-host=127.0.0.1", "--http-port=" + port,
                "--http-management-host=127.0.0.1",
                "--http-management-port=" + config.port(PortSetting.KEYCLOAK_MANAGEMENT),
                "--hostname=http://localhost:" + port, "--health-enabled=true",
                // kc.sh passes -D options on to the JVM, so the marker survives its exec.
                marker());
    }

    @Override
    protected Map<String, String> environment() {
        Map<String, String> environment = super.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA", null);
        // A user's JAVA_OPTS would replace Keycloak's heap and GC defaults.
        environment.put("JAVA_OPTS", null);
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD",
                Secrets.readOrCreate(layout.secret(ADMIN_PASSWORD_SECRET)));
        return environment;
    }

    /** Ready when the management interface reports UP and the realm publishes its OpenID configuration. */
    @Override
    protected boolean probe() throws Exception {
        String health = "http://localhost:" + config.port(PortSetting.KEYCLOAK_MANAGEMENT) + "/health/ready";
        return Http.isOk(health) && Http.isOk(realmUrl() + "/.well-known/openid-configuration");
    }

    @Override
    public void afterReady() {
        KeycloakClientSecrets.export(baseUrl(),
                Secrets.read(layout.secret(ADMIN_PASSWORD_SECRET)).orElseThrow(), layout);
    }
}
