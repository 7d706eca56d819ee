package io.demarc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A loopback HTTP server standing in for Keycloak's token endpoint and the Demarc APIs, so the CLI's wire behaviour
 * is tested without the real stack (the system tests cover the real one).
 */
class FakeDemarc implements AutoCloseable {

    static final String TOKEN = "eyJ.test.token";

    final HttpServer server;
    final List<String> requests = new ArrayList<>();
    /** The query of every findings request, in order. */
    final List<String> findingQueries = new ArrayList<>();
    /** How many findings acme has: security groups sg-0 to sg-(n-1), listed in that order. */
    int acmeFindings = 1;

    FakeDemarc() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/realms/demarc/protocol/openid-connect/token", this::token);
        server.createContext("/api/v1/tenants/acme/findings", this::findings);
        server.createContext("/api/v1/tenants/globex/findings", exchange -> answer(exchange, 404,
                "application/problem+json",
                "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No tenant 'globex' is visible to you.\"}"));
        server.start();
    }

    /** Pages acme's findings as the API does: {@code limit} at most 500, {@code nextCursor} while more follow. */
    private void findings(HttpExchange exchange) throws IOException {
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            answer(exchange, 401, "application/json", "{}");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        findingQueries.add(query);
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        int limit = Integer.parseInt(parameters.getOrDefault("limit", "50"));
        if (limit > 500) {
            answer(exchange, 400, "application/problem+json",
                    "{\"status\":400,\"title\":\"Bad Request\",\"detail\":\"limit must be between 1 and 500\"}");
            return;
        }
        int from = parameters.containsKey("cursor") ? Integer.parseInt(parameters.get("cursor").substring(6)) + 1 : 0;
        int to = Math.min(acmeFindings, from + limit);
        String items = IntStream.range(from, to).mapToObj(i -> "{\"status\":\"FAIL\",\"severity\":\"HIGH\","
                + "\"controlId\":\"ec2-sg-ssh-open-world\",\"resource\":{\"resourceType\":\"AWS::EC2::SecurityGroup\","
                + "\"accountId\":\"264683526309\",\"resourceId\":\"sg-" + i + "\"}}").collect(Collectors.joining(","));
        String next = to < acmeFindings ? "\"after-" + (to - 1) + "\"" : "null";
        answer(exchange, 200, "application/json",
                "{\"items\":[" + items + "],\"limit\":" + limit + ",\"nextCursor\":" + next + "}");
    }

    private void token(HttpExchange exchange) throws IOException {
        String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(form);
        if (form.contains("password=demarc-demo")) {
            answer(exchange, 200, "application/json", "{\"access_token\":\"" + TOKEN + "\",\"token_type\":\"Bearer\"}");
        } else {
            answer(exchange, 401, "application/json",
                    "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
