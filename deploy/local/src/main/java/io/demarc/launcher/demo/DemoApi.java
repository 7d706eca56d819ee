package io.demarc.launcher.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import io.demarc.launcher.LauncherException;

/**
 * The demo loader's way into the running stack: the services' REST APIs with real tokens of the demo users (password
 * grant on the public client {@code demarc-cli}, demo only), exactly as a person with the CLI would call them.
 */
public class DemoApi {

    public static final String CLIENT_ID = "demarc-cli";
    /** Demo-only password of the users in deploy/keycloak/demarc-realm.json. */
    public static final String DEMO_PASSWORD = "demarc-demo";

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** One answer: its status and its body, parsed when it is JSON. */
    public record Answer(String method, String url, int status, String body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** 2xx, or 409: what this call would create exists already. */
        public boolean doneOrConflict() {
            return ok() || status == 409;
        }

        public JsonNode json() {
            try {
                return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
            } catch (IOException e) {
                return MissingNode.getInstance();
            }
        }

        /** This answer, or a failure naming the call, when it is not 2xx (or 409 where {@code conflictIsDone}). */
        public Answer expect(boolean conflictIsDone) {
            if (ok() || (conflictIsDone && status == 409)) {
                return this;
            }
            throw new LauncherException("Loading demo data failed: " + method + " " + url + " answered HTTP " + status
                    + ": " + abbreviate(body));
        }
    }

    private final String tokenUrl;
    private final Map<String, String> serviceUrls;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    /** @param serviceUrls base URL by service name (inventory, ownership, assessment, reporting) */
    public DemoApi(String realmUrl, Map<String, String> serviceUrls) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
        this.serviceUrls = Map.copyOf(serviceUrls);
    }

    /** Whether a user can sign in (a Keycloak state imported before the user was added to the realm cannot). */
    public boolean canSignIn(String user) {
        try {
            token(user);
            return true;
        } catch (LauncherException e) {
            return false;
        }
    }

    /** An access token of a demo user, signed in once per loader run (twice at worst when two threads race). */
    public String token(String user) {
        String cached = tokens.get(user);
        if (cached != null) {
            return cached;
        }
        String form = Map.of("grant_type", "password", "client_id", CLIENT_ID, "username", user, "password",
                DEMO_PASSWORD, "scope", "openid").entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        Answer answer = send("POST", tokenUrl, HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new LauncherException("Keycloak refused the demo login of " + user + " on client " + CLIENT_ID
                    + " (HTTP " + answer.status() + "): " + abbreviate(answer.body()));
        }
        String token = answer.json().path("access_token").asText();
        tokens.put(user, token);
        return token;
    }

    public Answer get(String service, String path, String user) {
        String url = url(service, path);
        return send("GET", url, authorized(url, user).header("Accept", "application/json").GET());
    }

    public Answer postJson(String service, String path, String user, Object body) {
        String url = url(service, path);
        String json;
        try {
            json = body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send("POST", url, authorized(url, user).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json,
                        StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data post: text fields, and one file field. */
    public Answer postMultipart(String service, String path, String user, Map<String, String> fields,
            String fileField, String fileName, byte[] file) {
        String url = url(service, path);
        String boundary = "demarc-demo-" + UUID.randomUUID();
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n")
                .append("Content-Type: text/plain; charset=UTF-8\r\n\r\n").append(value).append("\r\n"));
        text.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                .append(fileField).append("\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: text/plain\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        return send("POST", url, authorized(url, user).header("Content-Type", "multipart/form-data; boundary="
                + boundary).header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Whether the service answers its readiness check now. */
    public boolean isReady(String service) {
        String base = serviceUrls.get(service);
        if (base == null) {
            return false;
        }
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private HttpRequest.Builder authorized(String url, String user) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).header("Authorization",
                "Bearer " + token(user));
    }

    private String url(String service, String path) {
        String base = serviceUrls.get(service);
        if (base == null) {
            throw new IllegalArgumentException("Unknown service " + service);
        }
        return base + path;
    }

    private static Answer send(String method, String url, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(method, url, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new LauncherException("Loading demo data failed: " + method + " " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while loading demo data", e);
        }
    }

    /** Percent-encodes one query parameter value. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
