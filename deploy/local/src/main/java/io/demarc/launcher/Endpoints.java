package io.demarc.launcher;

import java.nio.file.Path;

/** How clients (people, the CLI, the system tests) reach the running stack, including its generated credentials. */
public final class Endpoints {

    private final StackConfig config;
    private final StateLayout layout;

    Endpoints(StackConfig config) {
        this.config = config;
        this.layout = new StateLayout(config.home());
    }

    public Path home() {
        return config.home();
    }

    /** {@code jdbc:postgresql://localhost:<port>/<database>}; databases are named after the services. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + config.port(PortSetting.POSTGRES) + "/" + database;
    }

    /** The owner role {@code demarc}: sees every tenant's rows (row-level security does not apply to owners). */
    public String postgresUser() {
        return PostgresComponent.OWNER_ROLE;
    }

    public String postgresPassword() {
        return secret(PostgresComponent.PASSWORD_SECRET);
    }

    /** Superuser {@code postgres}, for tests that inspect or reset databases. */
    public String postgresSuperuserPassword() {
        return secret(PostgresComponent.SUPERUSER_PASSWORD_SECRET);
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + config.port(PortSetting.KAFKA);
    }

    /** {@code http://localhost:<port>}, the base of every Keycloak URL. */
    public String keycloakUrl() {
        return "http://localhost:" + config.port(PortSetting.KEYCLOAK);
    }

    /** The issuer of Demarc's tokens: {@code <keycloakUrl>/realms/demarc}. */
    public String realmUrl() {
        return keycloakUrl() + "/realms/" + KeycloakComponent.REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String keycloakAdminUser() {
        return KeycloakComponent.ADMIN_USER;
    }

    public String keycloakAdminPassword() {
        return secret(KeycloakComponent.ADMIN_PASSWORD_SECRET);
    }

    /** Client secret of {@code demarc-collector} (service-account client), read from Keycloak after its start. */
    public String collectorClientSecret() {
        return secret(KeycloakClientSecrets.Client.COLLECTOR.secretFile);
    }

    /** Client id of inventory-service's admin client, whose service account manages the realm's organizations. */
    public String inventoryAdminClientId() {
        return KeycloakClientSecrets.Client.INVENTORY_ADMIN.clientId;
    }

    /** Client secret of {@code demarc-inventory-admin}, read from Keycloak after its start. */
    public String inventoryAdminClientSecret() {
        return secret(KeycloakClientSecrets.Client.INVENTORY_ADMIN.secretFile);
    }

    /** Password of every demo user in the realm file. Demo only. */
    public String demoUserPassword() {
        return DemoDataLoader.DEMO_PASSWORD;
    }

    /** {@code http://localhost:<port>} of a service by short name: inventory, ownership, assessment, reporting. */
    public String serviceUrl(String service) {
        ServiceDefinition definition = ServiceDefinition.named(service)
                .orElseThrow(() -> new IllegalArgumentException("Unknown service " + service));
        return "http://localhost:" + config.port(definition.port());
    }

    /** {@code http://localhost:<port>}: the web console, where people sign in. */
    public String consoleUrl() {
        return "http://localhost:" + config.port(PortSetting.CONSOLE);
    }

    private String secret(String name) {
        return Secrets.read(layout.secret(name))
                .orElseThrow(() -> new LauncherException("No " + name + " yet: start the stack first"));
    }
}
