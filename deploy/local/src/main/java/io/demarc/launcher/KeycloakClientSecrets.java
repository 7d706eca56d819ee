package io.demarc.launcher;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm file carries no client secrets; Keycloak generates one for each confidential client at import. We read
 * them through the admin API whenever Keycloak is up and keep them in {@code secrets/}, for the services, the collector
 * and the system tests. Reading them every time keeps the files right after Keycloak's state was deleted and the realm
 * imported afresh (new secrets) or a secret was regenerated in the admin console.
 */
final class KeycloakClientSecrets {

    /** The confidential clients of the realm whose secrets the launcher hands out. */
    enum Client {
        /** Collectors' client-credentials client. */
        COLLECTOR("demarc-collector", "keycloak-collector-secret", true),
        /**
         * inventory-service's admin client, which creates tenants' Organizations. Optional: a Keycloak state imported
         * before the client existed lacks it, and inventory then leaves organizations to the admin console.
         */
        INVENTORY_ADMIN("demarc-inventory-admin", "keycloak-inventory-admin-secret", false);

        final String clientId;
        final String secretFile;
        final boolean required;

        Client(String clientId, String secretFile, boolean required) {
            this.clientId = clientId;
            this.secretFile = secretFile;
            this.required = required;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private KeycloakClientSecrets() {
    }

    /**
     * Stores the current secret of every client; one admin token serves them all. An optional client the realm lacks
     * loses its file, so nobody is handed a stale secret.
     */
    static void export(String keycloakUrl, String adminPassword, StateLayout layout) {
        try {
            String token = adminToken(keycloakUrl, adminPassword);
            for (Client client : Client.values()) {
                Path file = layout.secret(client.secretFile);
                Optional<String> secret = read(keycloakUrl, token, client);
                if (secret.isPresent()) {
                    if (!secret.equals(Secrets.read(file))) {
                        Secrets.write(file, secret.get());
                    }
                } else if (client.required) {
                    throw new LauncherException("Keycloak has no client " + client.clientId + " in realm "
                            + KeycloakComponent.REALM + ". Delete the"
                            + " keycloak/ directory under DEMARC_HOME to import the realm afresh.");
                } else {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new LauncherException("Cannot read client secrets from Keycloak: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while reading client secrets from Keycloak", e);
        }
    }

    /** The client's generated secret; empty when the realm has no such client. */
    private static Optional<String> read(String keycloakUrl, String token, Client client)
            throws IOException, InterruptedException {
        String clients = keycloakUrl + "/admin/realms/" + KeycloakComponent.REALM + "/clients";
        HttpResponse<String> found = Http.get(
                clients + "?clientId=" + URLEncoder.encode(client.clientId, StandardCharsets.UTF_8), token, TIMEOUT);
        if (found.statusCode() != 200) {
            throw new LauncherException("Keycloak refused to list client " + client.clientId + " (HTTP "
                    + found.statusCode() + ")");
        }
        JsonNode matches = JSON.readTree(found.body());
        if (!matches.isArray() || matches.isEmpty()) {
            return Optional.empty();
        }
        String id = matches.get(0).path("id").asText();
        HttpResponse<String> secret = Http.get(clients + "/" + id + "/client-secret", token, TIMEOUT);
        String value = JSON.readTree(secret.body()).path("value").asText("");
        if (secret.statusCode() != 200 || value.isEmpty()) {
            throw new LauncherException("Keycloak returned no secret for " + client.clientId + " (HTTP "
                    + secret.statusCode() + ")");
        }
        return Optional.of(value);
    }

    /** A master-realm admin token from the bootstrap admin; used for these calls and discarded. */
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
