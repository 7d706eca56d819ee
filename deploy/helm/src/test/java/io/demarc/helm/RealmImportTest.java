package io.demarc.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The KeycloakRealmImport is the realm of deploy/keycloak, without the demo users unless asked for. */
class RealmImportTest {

    private static final Path REALM_FILE = Path.of("..", "keycloak", "demarc-realm.json");
    private static final Path CHART_COPY = Chart.DIR.resolve("files").resolve("demarc-realm.json");

    @Test
    void chartCopyOfTheRealmEqualsTheRealmFile() throws IOException {
        assertThat(Files.readAllBytes(CHART_COPY))
                .as("copy %s to %s", REALM_FILE.normalize(), CHART_COPY)
                .isEqualTo(Files.readAllBytes(REALM_FILE));
    }

    @Test
    void realRealmHasClientsAndRolesButNoDemoUsersNorPasswordGrant() {
        JsonNode realm = Chart.render(Chart.EVERYTHING_ON).get("KeycloakRealmImport", "demarc-demarc")
                .at("/spec/realm");

        assertThat(realm.path("realm").asText()).isEqualTo("demarc");
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("users")).as("only clients' service accounts, no demo user").singleElement()
                .satisfies(user -> {
                    assertThat(user.path("serviceAccountClientId").asText()).isEqualTo("demarc-inventory-admin");
                    assertThat(user.has("credentials")).isFalse();
                    assertThat(user.at("/clientRoles/realm-management").toString())
                            .isEqualTo("[\"manage-organizations\"]");
                });
        assertThat(realm.has("organizations")).as("demo organizations name the demo users").isFalse();
        assertThat(clientIds(realm)).containsExactly("demarc-api", "demarc-console", "demarc-cli", "demarc-collector",
                "demarc-inventory-admin");
        assertThat(client(realm, "demarc-cli").path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(realm.at("/roles/realm")).hasSize(4);
    }

    @Test
    void consoleClientFollowsThePublicHost() {
        JsonNode console = client(Chart.render(Chart.EVERYTHING_ON).get("KeycloakRealmImport", "demarc-demarc")
                .at("/spec/realm"), "demarc-console");

        // Gateway and Ingress share the host: named once, https because the Gateway terminates TLS.
        assertThat(console.path("redirectUris").toString()).isEqualTo("[\"https://demarc.example.com/*\"]");
        assertThat(console.at("/attributes/post.logout.redirect.uris").asText())
                .isEqualTo("https://demarc.example.com/signed-out");
        assertThat(console.path("webOrigins").toString()).isEqualTo("[\"https://demarc.example.com\"]");
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    }

    @Test
    void consoleClientNamesEveryPublicHostWithItsScheme() {
        JsonNode console = client(Chart.renderWith("""
                keycloak:
                  realmImport: {enabled: true}
                gatewayApi:
                  enabled: true
                  hostnames: [demarc.example.com, "*.example.com", console.example.org]
                  parentRefs: [{name: public}]
                ingress:
                  enabled: true
                  host: demarc.internal
                """).get("KeycloakRealmImport", "demarc-demarc").at("/spec/realm"), "demarc-console");

        // No TLS the chart knows of (and console.https is auto): http; the wildcard hostname names no origin.
        assertThat(console.path("redirectUris").toString()).isEqualTo("[\"http://demarc.example.com/*\","
                + "\"http://console.example.org/*\",\"http://demarc.internal/*\"]");
        assertThat(console.at("/attributes/post.logout.redirect.uris").asText()).isEqualTo(
                "http://demarc.example.com/signed-out##http://console.example.org/signed-out"
                        + "##http://demarc.internal/signed-out");
        assertThat(console.path("webOrigins")).hasSize(3);
    }

    @Test
    void explicitConsoleRedirectUrisWin() {
        JsonNode console = client(Chart.renderWith("""
                keycloak:
                  realmImport:
                    enabled: true
                    consoleRedirectUris: [https://console.example.org/*]
                ingress: {enabled: true, host: demarc.example.com, tls: {secretName: demarc-tls}}
                """).get("KeycloakRealmImport", "demarc-demarc").at("/spec/realm"), "demarc-console");

        assertThat(console.path("redirectUris").toString()).isEqualTo("[\"https://console.example.org/*\"]");
        assertThat(console.at("/attributes/post.logout.redirect.uris").asText())
                .isEqualTo("https://console.example.org/*");
        assertThat(console.path("webOrigins").toString()).as("the redirect URIs' origins").isEqualTo("[\"+\"]");
    }

    @Test
    void withoutARouteOrConsoleTheRealmFileKeepsLocalhostForPortForwarding() {
        for (String values : new String[]{"keycloak: {realmImport: {enabled: true}}",
                "{keycloak: {realmImport: {enabled: true}}, console: {enabled: false}, ingress: {enabled: true}}"}) {
            JsonNode console = client(Chart.renderWith(values).get("KeycloakRealmImport", "demarc-demarc")
                    .at("/spec/realm"), "demarc-console");

            assertThat(console.path("redirectUris").toString()).as(values)
                    .isEqualTo("[\"http://localhost:*\",\"http://127.0.0.1:*\"]");
            assertThat(console.at("/attributes/post.logout.redirect.uris").asText()).as(values)
                    .isEqualTo("http://localhost:*##http://127.0.0.1:*");
        }
    }

    @Test
    void demoUsersOnlyOnRequest() {
        JsonNode realm = Chart.renderWith("""
                keycloak:
                  realm: demarc-staging
                  realmImport: {enabled: true, demoUsers: true}
                """).get("KeycloakRealmImport", "demarc-demarc-staging").at("/spec/realm");

        assertThat(realm.path("realm").asText()).isEqualTo("demarc-staging");
        assertThat(realm.path("users")).as("6 demo users and the inventory admin's service account").hasSize(7);
        assertThat(realm.path("organizations")).hasSize(2);
        assertThat(client(realm, "demarc-cli").path("directAccessGrantsEnabled").asBoolean()).isTrue();
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(c -> ids.add(c.path("clientId").asText()));
        return ids;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }
}
