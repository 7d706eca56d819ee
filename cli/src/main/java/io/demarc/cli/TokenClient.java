package io.demarc.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.EventCodec;

/**
 * Gets access tokens from Keycloak for the public client {@code demarc-cli}: the password grant for local demo users,
 * the device authorization grant (RFC 8628) everywhere else. Requests scope {@code organization:*} so a user of
 * several tenants gets all of them in the token.
 */
class TokenClient {

    private static final String SCOPE = "openid organization:*";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI realmUrl;
    private final String clientId;

    TokenClient(URI keycloakUrl, String realm, String clientId) {
        this.realmUrl = URI.create(keycloakUrl.toString().replaceAll("/+$", "") + "/realms/" + realm + "/");
        this.clientId = clientId;
    }

    String passwordGrant(String user, char[] password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("scope", SCOPE);
        form.put("username", user);
        form.put("password", new String(password));
        JsonNode answer = post("protocol/openid-connect/token", form);
        if (!answer.hasNonNull("access_token")) {
            throw new CliException("sign-in refused: " + describe(answer), 2);
        }
        return answer.get("access_token").asText();
    }

    String deviceGrant(PrintStream out) {
        JsonNode device = post("protocol/openid-connect/auth/device", Map.of("client_id", clientId, "scope", SCOPE));
        if (!device.hasNonNull("device_code")) {
            throw new CliException("device sign-in refused: " + describe(device), 2);
        }
        out.printf("To sign in, open %s%n", device.path("verification_uri_complete").asText(
                device.path("verification_uri").asText() + " and enter " + device.path("user_code").asText()));
        long interval = Math.max(1, device.path("interval").asLong(5));
        long deadline = System.currentTimeMillis() + 1000 * device.path("expires_in").asLong(600);
        while (System.currentTimeMillis() < deadline) {
            sleep(interval);
            JsonNode answer = post("protocol/openid-connect/token", Map.of("client_id", clientId,
                    "grant_type", "urn:ietf:params:oauth:grant-type:device_code",
                    "device_code", device.get("device_code").asText()));
            if (answer.hasNonNull("access_token")) {
                return answer.get("access_token").asText();
            }
            String error = answer.path("error").asText();
            if ("slow_down".equals(error)) {
                interval += 5;
            } else if (!"authorization_pending".equals(error)) {
                throw new CliException("device sign-in failed: " + describe(answer), 2);
            }
        }
        throw new CliException("device sign-in expired before it was approved", 2);
    }

    private JsonNode post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(realmUrl.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return EventCodec.mapper().readTree(response.body().isBlank() ? "{}" : response.body());
        } catch (IOException e) {
            throw new CliException("cannot reach Keycloak at " + realmUrl + ": " + e.getMessage(), 3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 1);
        }
    }

    private static String describe(JsonNode error) {
        return error.path("error_description").asText(error.path("error").asText("no token in the answer"));
    }

    private static void sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 1);
        }
    }
}
