package io.demarc.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The idempotency of each step against a fake stack: one in-process HTTP server plays Keycloak's token endpoint and
 * the services, answering from canned bodies and recording every call.
 */
class DemoStepsAgainstAFakeStackTest {

    record Call(String method, String path, String user, String contentType, String body) {
    }

    HttpServer server;
    final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    /** "METHOD path" (path with query) → status and body; else POST answers 201 {}, GET 200 with no items. */
    final Map<String, Object[]> answers = new HashMap<>();
    final List<String> usersWhoCannotSignIn = new ArrayList<>();
    DemoApi api;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        api = new DemoApi(base + "/realms/demarc", Map.of("inventory", base, "ownership", base, "assessment", base,
                "reporting", base));
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().toString();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String user = authorization == null ? null : authorization.substring("Bearer token-of-".length());
        int status;
        String answer;
        if (path.endsWith("/protocol/openid-connect/token")) {
            String username = body.replaceAll(".*username=([^&]*).*", "$1");
            status = usersWhoCannotSignIn.contains(username) ? 401 : 200;
            answer = status == 200
                    ? "{\"access_token\": \"token-of-" + username + "\"}"
                    : "{\"error\":\"invalid_grant\"}";
        } else {
            calls.add(new Call(exchange.getRequestMethod(), path, user,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body));
            Object[] canned = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    exchange.getRequestMethod().equals("POST")
                            ? new Object[]{201, "{}"}
                            : new Object[]{200, "{\"items\": []}"});
            status = (Integer) canned[0];
            answer = (String) canned[1];
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private List<Call> posts() {
        return calls.stream().filter(c -> c.method().equals("POST")).toList();
    }

    @Test
    void tenantsAndAccountsThatExistAnswer409AndCountAsDone() {
        answers.put("POST /api/v1/tenants", new Object[]{409, "{\"detail\":\"Tenant acme exists\"}"});
        answers.put("POST /api/v1/tenants/acme/accounts", new Object[]{409, "{\"detail\":\"registered\"}"});

        new InventoryDemo(api).register(DemoPlan.ACME);

        assertThat(posts()).extracting(Call::path).containsExactly("/api/v1/tenants", "/api/v1/tenants/acme/accounts",
                "/api/v1/tenants/acme/accounts");
        assertThat(posts()).extracting(Call::user).containsOnly(DemoPlan.OPERATOR);
    }

    @Test
    void collectionRunsStartOncePerAccountOnlyWhileTheTenantHasNoRequestedRun() {
        // inventory's scheduler may have started runs of its own already: they do not count.
        answers.put("GET /api/v1/tenants/acme/collections?limit=50", new Object[]{200,
                "{\"items\": [{\"id\": 1, \"status\": \"FAILED\", \"trigger\": \"SCHEDULED\"}]}"});
        answers.put("POST /api/v1/tenants/acme/collections", new Object[]{202, "{\"id\": 2}"});
        assertThat(new InventoryDemo(api).collectOnce(DemoPlan.ACME)).isEqualTo(2);
        assertThat(posts()).extracting(Call::body).containsExactly("{\"accountIds\":[\"111122223333\"]}",
                "{\"accountIds\":[\"111122224444\"]}");

        calls.clear();
        answers.put("GET /api/v1/tenants/acme/collections?limit=50", new Object[]{200,
                "{\"items\": [{\"id\": 2, \"status\": \"FAILED\", \"trigger\": \"REQUESTED\"}]}"});
        assertThat(new InventoryDemo(api).collectOnce(DemoPlan.ACME)).isZero();
        assertThat(posts()).isEmpty();
    }

    @Test
    void existingTeamsAreFoundByNameAndRepeatedAssignmentsAnswer409() {
        answers.put("GET /api/v1/tenants/globex/teams?limit=500", new Object[]{200,
                "{\"items\": [{\"teamId\": \"t-platform\", \"name\": \"Platform\"}]}"});
        answers.put("POST /api/v1/tenants/globex/teams", new Object[]{201,
                "{\"teamId\": \"t-security\", \"name\": \"Security\"}"});
        answers.put("POST /api/v1/tenants/globex/assignments", new Object[]{409, "{\"detail\":\"tie\"}"});

        new OwnershipDemo(api).load(DemoPlan.GLOBEX);

        List<Call> posts = posts();
        assertThat(posts).extracting(Call::path).containsExactly("/api/v1/tenants/globex/teams",
                "/api/v1/tenants/globex/assignments", "/api/v1/tenants/globex/assignments");
        assertThat(posts.get(0).body()).contains("\"Security\"");
        assertThat(posts.get(1).body()).contains("\"teamId\":\"t-security\"").contains("identity-access");
        assertThat(posts.get(2).body()).contains("\"teamId\":\"t-platform\"").contains("platform-runtime");
        assertThat(posts).extracting(Call::user).containsOnly("globex-admin");
    }

    @Test
    void aRequestedExceptionIsApprovedByTheSecondAdminAndAnActiveOneIsLeftAlone() {
        String lambda = DemoPlan.ACME.exceptions().get(1).resourceArn();
        answers.put("GET /api/v1/tenants/acme/exceptions?limit=500&controlId=s3-bucket-public-access-block",
                new Object[]{200, "{\"items\": [{\"id\": \"x-1\", \"state\": \"REQUESTED\", \"scope\": {\"kind\":"
                        + " \"RESOURCE\", \"value\": \"arn:aws:s3:::acme-marketing-assets\"}}]}"});
        answers.put("GET /api/v1/tenants/acme/exceptions?limit=500&controlId=lambda-function-supported-runtime",
                new Object[]{200, "{\"items\": [{\"id\": \"x-old\", \"state\": \"EXPIRED\", \"scope\": {\"kind\":"
                        + " \"RESOURCE\", \"value\": \"" + lambda + "\"}}]}"});
        answers.put("POST /api/v1/tenants/acme/exceptions", new Object[]{201,
                "{\"id\": \"x-2\", \"state\": \"REQUESTED\"}"});
        answers.put("GET /api/v1/tenants/acme/frameworks/iso27001-2022/requirements/A.5.1/attestations?limit=500",
                new Object[]{200, "{\"items\": [{\"id\": \"a-1\", \"validToday\": true}]}"});

        new AssessmentDemo(api).load(DemoPlan.ACME, Instant.parse("2026-12-07T22:00:00Z"));

        // The pending one exists: nothing to do. The expired one does not count: requested anew and approved by
        // another admin than the requester. The attestation is valid: none added.
        List<Call> posts = posts();
        assertThat(posts).extracting(Call::path).containsExactly("/api/v1/tenants/acme/exceptions",
                "/api/v1/tenants/acme/exceptions/x-2/approve");
        assertThat(posts.get(0).user()).isEqualTo("acme-admin");
        assertThat(posts.get(0).body()).contains(lambda).contains("\"expiresAt\":\"2026-12-12T22:00:00Z\"");
        assertThat(posts.get(1).user()).isEqualTo("acme-admin2");
    }

    @Test
    void withoutTheSecondAdminInAnOlderRealmTheOperatorApproves() {
        usersWhoCannotSignIn.add("acme-admin2");
        answers.put("POST /api/v1/tenants/acme/exceptions", new Object[]{201,
                "{\"id\": \"x-3\", \"state\": \"REQUESTED\"}"});

        new AssessmentDemo(api).load(DemoPlan.ACME, Instant.parse("2026-12-07T22:00:00Z"));

        assertThat(posts()).filteredOn(c -> c.path().endsWith("/approve")).singleElement()
                .satisfies(c -> assertThat(c.user()).isEqualTo(DemoPlan.OPERATOR));
    }

    @Test
    void anAttestationIsRecordedWithItsEvidenceFileAsMultipart() {
        new AssessmentDemo(api).load(DemoPlan.ACME, Instant.parse("2026-12-07T22:00:00Z"));

        Call attest = posts().stream().filter(c -> c.path().endsWith("/attestations")).findFirst().orElseThrow();
        assertThat(attest.path()).isEqualTo("/api/v1/tenants/acme/frameworks/iso27001-2022/requirements/A.5.1"
                + "/attestations");
        assertThat(attest.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(attest.body()).contains("name=\"validFrom\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "2026-12-07\r\n").contains("2027-12-07").contains("name=\"evidence\"; filename=\""
                        + "acme-security-policy-approval.txt\"")
                .contains("board minutes");
    }

    @Test
    void anAnswerOtherThan2xxOr409FailsNamingTheCall() {
        answers.put("POST /api/v1/tenants", new Object[]{502, "{\"detail\":\"Keycloak is down\"}"});

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InventoryDemo(api).register(DemoPlan.GLOBEX))
                .hasMessageContaining("POST http://127.0.0.1:").hasMessageContaining("/api/v1/tenants answered HTTP"
                        + " 502: {\"detail\":\"Keycloak is down\"}");
    }
}
