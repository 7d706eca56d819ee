package io.demarc.launcher;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm file carries no client secret; Keycloak generates one for {@code demarc-collector} at import. We read it
 * once through the admin API and keep it in {@code secrets/}, for the collector and the system tests.
 */
final class KeycloakCollectorSecret {

    static final String SECRET_FILE = "keycloak-collector-secret";
    static final String CLIENT_ID = "demarc-collector";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private KeycloakCollectorSecret() {
    }

    static void exportIfMissing(String keycloakUrl, String adminPassword, Path file) {
        if (Files.exists(file)) {
            return;
        }
        try {
            String token = adminToken(keycloakUrl, adminPassword);
            String clients = keycloakUrl + "/admin/realms/" + KeycloakComponent.REALM + "/clients";
            HttpResponse<String> found = Http.get(
                    clients + "?clientId=" + URLEncoder.encode(CLIENT_ID, StandardCharsets.UTF_8), token, TIMEOUT);
            JsonNode matches = JSON.readTree(found.body());
            if (found.statusCode() != 200 || !matches.isArray() || matches.isEmpty()) {
                throw new LauncherException("Keycloak has no client " + CLIENT_ID + " in realm "
                        + KeycloakComponent.REALM + " (HTTP " + found.statusCode() + ")");
            }
            String id = matches.get(0).path("id").asText();
            HttpResponse<String> secret = Http.get(clients + "/" + id + "/client-secret", token, TIMEOUT);
            String value = JSON.readTree(secret.body()).path("value").asText("");
            if (secret.statusCode() != 200 || value.isEmpty()) {
                throw new LauncherException("Keycloak returned no secret for " + CLIENT_ID + " (HTTP "
                        + secret.statusCode() + ")");
            }
            Secrets.write(file, value);
        } catch (IOException e) {
            throw new LauncherException("Cannot read the " + CLIENT_ID + " secret from Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while reading the collector secret", e);
        }
    }

    /** A master-realm admin token from the bootstrap admin; used for this one call and discarded. */
    private static String adminToken(String keycloakUrl, String adminPassword)
            throws IOException, InterruptedException {
        HttpResponse<String> response = Http.postForm(keycloakUrl + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli", "username", KeycloakComponent.ADMIN_USER,
                        "password", adminPassword),
                TIMEOUT);
        if (response.statusCode() != 200) {
            throw new LauncherException("Keycloak refused the bootstrap admin login (HTTP " + response.statusCode()
                    + "). If secrets/" + KeycloakComponent.ADMIN_PASSWORD_SECRET + " was changed or deleted after the "
                    + "first start, delete the keycloak/ directory under DEMARC_HOME to start Keycloak afresh.");
        }
        return JSON.readTree(response.body()).path("access_token").asText();
    }
}
