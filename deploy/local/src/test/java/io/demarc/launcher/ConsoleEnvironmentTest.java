package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The environment that wires the console to Keycloak and the four services, and to nothing else. */
class ConsoleEnvironmentTest {

    @TempDir
    Path repo;

    @TempDir
    Path home;

    private Map<String, String> environment() {
        StackConfig config = StackConfig.builder(repo).home(home).port(PortSetting.KEYCLOAK, 28080)
                .port(PortSetting.CONSOLE, 28090).port(PortSetting.INVENTORY, 28081)
                .port(PortSetting.OWNERSHIP, 28082).port(PortSetting.ASSESSMENT, 28083)
                .port(PortSetting.REPORTING, 28084).build();
        return new ConsoleComponent(config).environment();
    }

    @Test
    void listensOnItsPortAndSignsInAgainstTheLocalRealm() {
        assertThat(environment()).containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_HTTP_PORT", "28090")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:28080/realms/demarc");
    }

    @Test
    void callsTheFourLocalServices() {
        assertThat(environment()).containsEntry("DEMARC_INVENTORY_URL", "http://localhost:28081")
                .containsEntry("DEMARC_OWNERSHIP_URL", "http://localhost:28082")
                .containsEntry("DEMARC_ASSESSMENT_URL", "http://localhost:28083")
                .containsEntry("DEMARC_REPORTING_URL", "http://localhost:28084");
    }

    @Test
    void hasNoDatabaseAndNoKafka() {
        assertThat(environment().keySet()).noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE")
                || name.startsWith("QUARKUS_FLYWAY") || name.startsWith("KAFKA"));
    }

    @Test
    void theSessionSecretIsGeneratedOnceAndKeptOwnerOnly() throws Exception {
        String first = environment().get("DEMARC_CONSOLE_SESSION_SECRET");
        String second = environment().get("DEMARC_CONSOLE_SESSION_SECRET");

        // Quarkus wants at least 32 characters to encrypt the session cookie.
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        Path file = new StateLayout(home).secret(ConsoleComponent.SESSION_SECRET);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theRealmsConsoleClientTakesTheConsoleOnAnyLocalPortWithoutASecret() throws Exception {
        JsonNode realm;
        try (InputStream in = getClass().getResourceAsStream(KeycloakComponent.REALM_RESOURCE)) {
            realm = new ObjectMapper().readTree(in);
        }
        JsonNode console = null;
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals("demarc-console")) {
                console = client;
            }
        }

        assertThat(console).isNotNull();
        // Public: PKCE (S256) binds the code to the browser's sign-in, so no secret is handed to the console.
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        // DEMARC_CONSOLE_PORT may be any port: sign-in and sign-out redirects accept every local one.
        assertThat(console.path("redirectUris").toString()).contains("\"http://localhost:*\"",
                "\"http://127.0.0.1:*\"");
        assertThat(console.path("attributes").path("post.logout.redirect.uris").asText().split("##"))
                .contains("http://localhost:*", "http://127.0.0.1:*");
    }
}
