package io.demarc.console.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for reporting-service on a random port, so one test can cross a real REST client: a large ZIP sent in
 * chunks, and a problem+json refusal.
 */
public class FakeReporting implements QuarkusTestResourceLifecycleManager {

    /** 24 MiB: more than the console should ever hold at once. */
    static final int ZIP_SIZE = 24 * 1024 * 1024;

    private HttpServer server;

    /** The byte at a position of the fake ZIP, so the test can check every byte without keeping a copy. */
    static byte at(long position) {
        return (byte) (position * 31 + 7);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/v1/tenants/acme/evidence-packages/0b6f3c1e-8d1a-4c5e-9a77-3f2b1d0c9e88/content",
                exchange -> {
                    exchange.getResponseHeaders().add("Content-Type", "application/zip");
                    exchange.getResponseHeaders().add("Content-Disposition",
                            "attachment; filename=\"evidence-acme-soc2.zip\"");
                    exchange.sendResponseHeaders(200, 0);
                    byte[] chunk = new byte[64 * 1024];
                    try (OutputStream out = exchange.getResponseBody()) {
                        for (long written = 0; written < ZIP_SIZE; written += chunk.length) {
                            for (int i = 0; i < chunk.length; i++) {
                                chunk[i] = at(written + i);
                            }
                            out.write(chunk);
                        }
                    }
                });
        server.createContext("/api/v1/tenants/acme/exports/findings.csv", exchange -> {
            byte[] problem = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"unknown framework 'astrology'\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.sendResponseHeaders(400, problem.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(problem);
            }
        });
        server.start();
        return Map.of("quarkus.rest-client.reporting.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
