package io.demarc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.launcher.demo.DemoApi;
import io.demarc.launcher.demo.DemoData;
import io.demarc.launcher.demo.DemoPlan;

/**
 * Loads the local stack's demo data once: the demo tenants' AWS Config items, the tenants and accounts registered in
 * inventory, teams and assignments, exceptions, an attestation, collection runs and a synthetic posture history (see
 * {@link io.demarc.launcher.demo.DemoData} and docs/local-stack.md). Every step is idempotent; a marker in the state
 * directory (a digest of the items and the demo plan) skips it all once the same demo went in completely.
 */
final class DemoDataLoader {

    static final List<String> TENANTS = DemoPlan.TENANTS.stream().map(DemoPlan.Tenant::id).toList();
    static final String CLIENT_ID = DemoApi.CLIENT_ID;
    static final String OPERATOR = DemoPlan.OPERATOR;
    /** Demo-only password of the users in deploy/keycloak/demarc-realm.json. */
    static final String DEMO_PASSWORD = DemoApi.DEMO_PASSWORD;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoints endpoints;
    private final Path marker;

    DemoDataLoader(Endpoints endpoints, Path stateDir) {
        this.endpoints = endpoints;
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
        Map<String, String> serviceUrls = new LinkedHashMap<>();
        for (String service : List.of("inventory", "ownership", "assessment", "reporting")) {
            serviceUrls.put(service, endpoints.serviceUrl(service));
        }
        DemoData.Result result = new DemoData(endpoints.realmUrl(), serviceUrls, endpoints.jdbcUrl("reporting"),
                endpoints.postgresUser(), endpoints::postgresPassword,
                new StateLayout(endpoints.home()).logFile("demo-data")).load(bodies);
        if (result.complete()) {
            writeMarker(digest);
        }
        return result.items();
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

    /** Over the items and the demo plan, so a changed plan loads again (every step being idempotent). */
    static String digest(Map<String, String> bodies) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            bodies.forEach((tenant, body) -> {
                sha.update(tenant.getBytes(StandardCharsets.UTF_8));
                sha.update(body.getBytes(StandardCharsets.UTF_8));
            });
            sha.update(JSON.writeValueAsBytes(DemoPlan.TENANTS));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
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
}
