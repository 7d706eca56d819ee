package io.demarc.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.EventCodec;

/** Calls a Demarc API with a bearer token; a problem+json answer becomes a one-line {@link CliException}. */
class ApiClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    ApiClient(String token) {
        this.token = token;
    }

    JsonNode get(URI uri) {
        return send(request(uri).GET().build());
    }

    JsonNode postJson(URI uri, String json) {
        return send(request(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new CliException("cannot reach " + request.uri() + ": " + e.getMessage(), 3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted", 1);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() >= 400) {
            String detail = body.path("detail").asText(body.path("title").asText(response.body()));
            throw new CliException(response.statusCode() + " from " + request.uri().getPath() + ": " + detail, 2);
        }
        return body;
    }

    private static JsonNode parse(String text) {
        try {
            return EventCodec.mapper().readTree(text == null || text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            return EventCodec.mapper().createObjectNode().put("detail", text);
        }
    }
}
