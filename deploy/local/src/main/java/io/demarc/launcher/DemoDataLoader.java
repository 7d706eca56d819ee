package io.demarc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports the demo tenants' AWS Config items through the inventory API, as the MSP operator. Items carry fixed
 * configurationStateIds, so a repeated import changes nothing; a marker in the state directory skips the upload
 * altogether once the same data went in.
 */
final class DemoDataLoader {

    static final List<String> TENANTS = List.of("acme", "globex");
    static final String CLIENT_ID = "demarc-cli";
    static final String OPERATOR = "msp-operator";
    /** Demo-only password of the users in deploy/keycloak/demarc-realm.json. */
    static final String DEMO_PASSWORD = "demarc-demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String realmUrl;
    private final String inventoryUrl;
    private final Path marker;

    DemoDataLoader(String realmUrl, String inventoryUrl, Path stateDir) {
        this.realmUrl = realmUrl;
        this.inventoryUrl = inventoryUrl;
        this.marker = stateDir.resolve("demo-data.sha256");
    }

    /** Loads the demo data unless this exact data was loaded before; returns items per tenant, or empty if skipped. */
    Map<String, Integer> loadIfNeeded() {
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String tenant : TENANTS) {
            bodies.put(tenant, resource("/demo/" + tenant + ".json"));
        }
        String digest = digest(bodies);
        if (digest.equals(readMarker())) {
            return Map.of();
        }
        String token = operatorToken();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : bodies.entrySet()) {
            post(entry.getKey(), entry.getValue(), token);
            counts.put(entry.getKey(), itemCount(entry.getValue()));
        }
        writeMarker(digest);
        return counts;
    }

    static int itemCount(String body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json.isArray() ? json.size() : 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String operatorToken() {
        try {
            HttpResponse<String> response = Http.postForm(realmUrl + "/protocol/openid-connect/token",
                    Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", OPERATOR, "password",
                            DEMO_PASSWORD, "scope", "openid"),
                    TIMEOUT);
            if (response.statusCode() != 200) {
                throw new LauncherException("Keycloak refused the demo login of " + OPERATOR + " on client "
                        + CLIENT_ID + " (HTTP " + response.statusCode() + "): " + abbreviate(response.body()));
            }
            return JSON.readTree(response.body()).path("access_token").asText();
        } catch (IOException e) {
            throw new LauncherException("Cannot get a token for the demo data: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while loading demo data", e);
        }
    }

    private void post(String tenant, String body, String token) {
        String url = inventoryUrl + "/api/v1/tenants/" + tenant + "/imports";
        try {
            HttpResponse<String> response = Http.postJson(url, token, body, TIMEOUT);
            if (response.statusCode() / 100 != 2) {
                throw new LauncherException("Loading demo data for tenant " + tenant + " failed: POST " + url
                        + " answered HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
            }
        } catch (IOException e) {
            throw new LauncherException("Loading demo data for tenant " + tenant + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while loading demo data", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new LauncherException("Demo data " + name + " is missing from the launcher jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(Map<String, String> bodies) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            bodies.forEach((tenant, body) -> {
                sha.update(tenant.getBytes(StandardCharsets.UTF_8));
                sha.update(body.getBytes(StandardCharsets.UTF_8));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String readMarker() {
        try {
            return Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void writeMarker(String digest) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, digest + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + marker, e);
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
