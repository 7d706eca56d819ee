package io.demarc.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.demarc.contracts.EventCodec;
import io.demarc.launcher.Endpoints;

/** Talks to the running stack as a user would: real Keycloak tokens, plain HTTP, JSON. */
final class StackClient {

    /** An answer: status, content type and parsed body. */
    record Answer(int status, String contentType, JsonNode body) {

        /** The body's {@code items} array, as every list endpoint answers. */
        List<JsonNode> items() {
            return StreamSupport.stream(body.path("items").spliterator(), false).toList();
        }

        /** The body of an answer that must have this status; otherwise fails with the whole answer. */
        JsonNode expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new AssertionError("expected HTTP " + expectedStatus + " but got " + this);
            }
            return body;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Endpoints endpoints;

    StackClient(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** Signs in a demo user with the password grant of the public client demarc-cli, as the CLI does. */
    String tokenFor(String user) {
        String form = "grant_type=password&client_id=demarc-cli&scope=" + URLEncoder.encode("openid organization:*",
                StandardCharsets.UTF_8) + "&username=" + user + "&password=" + endpoints.demoUserPassword();
        Answer answer = send(HttpRequest.newBuilder(URI.create(endpoints.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in of " + user + " failed: " + answer);
        }
        return answer.body().get("access_token").asText();
    }

    /** A master-realm token of Keycloak's bootstrap admin, through the admin-cli password grant. */
    String keycloakAdminToken() {
        String form = "grant_type=password&client_id=admin-cli&username="
                + URLEncoder.encode(endpoints.keycloakAdminUser(), StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(endpoints.keycloakAdminPassword(), StandardCharsets.UTF_8);
        Answer answer = send(HttpRequest.newBuilder(URI.create(endpoints.keycloakUrl()
                + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in of Keycloak's bootstrap admin failed: " + answer);
        }
        return answer.body().get("access_token").asText();
    }

    /** A GET on Keycloak's admin REST API, e.g. {@code /admin/realms/demarc/organizations}. */
    Answer keycloakAdminGet(String path, String adminToken) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.keycloakUrl() + path))
                .header("Authorization", "Bearer " + adminToken).GET());
    }

    Answer get(String service, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoints.serviceUrl(service) + path)).GET();
        return send(token == null ? request : request.header("Authorization", "Bearer " + token));
    }

    Answer postJson(String service, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer putJson(String service, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String service, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(endpoints.serviceUrl(service) + path))
                .header("Authorization", "Bearer " + token).DELETE());
    }

    /** Encodes one query parameter value, e.g. {@code AWS::EC2::SecurityGroup}. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json;
            if (body == null || body.isBlank()) {
                json = EventCodec.mapper().createObjectNode();
            } else if (contentType.contains("json")) {
                json = EventCodec.mapper().readTree(body);
            } else {
                // CSV exports and the like: kept as one text node.
                json = TextNode.valueOf(body);
            }
            return new Answer(response.statusCode(), contentType, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
