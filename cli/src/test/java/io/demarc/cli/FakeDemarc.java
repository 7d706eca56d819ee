package io.demarc.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    FakeDemarc() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/realms/demarc/protocol/openid-connect/token", this::token);
        server.createContext("/api/v1/tenants/acme/findings", exchange -> {
            boolean authorized = ("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            answer(exchange, authorized ? 200 : 401, "application/json", authorized
                    ? "{\"items\":[{\"status\":\"FAIL\",\"severity\":\"HIGH\",\"controlId\":\"ec2-sg-ssh-open-world\","
                            + "\"resource\":{\"resourceType\":\"AWS::EC2::SecurityGroup\",\"accountId\":\"264683526309\","
                            + "\"resourceId\":\"sg-1d56fc66\"}}],\"page\":0,\"size\":50,\"total\":1,\"totalPages\":1}"
                    : "{}");
        });
        server.createContext("/api/v1/tenants/globex/findings", exchange -> answer(exchange, 404,
                "application/problem+json",
                "{\"status\":404,\"title\":\"Not Found\",\"detail\":\"No tenant 'globex' is visible to you.\"}"));
        server.start();
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
