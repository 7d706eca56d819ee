package io.demarc.reporting;

import static io.demarc.reporting.ReadModelEvents.PLATFORM_TEAM;
import static io.demarc.reporting.ReadModelEvents.attestation;
import static io.demarc.reporting.ReadModelEvents.event;
import static io.demarc.reporting.ReadModelEvents.finding;
import static io.demarc.reporting.ReportingTestSupport.deliverAcked;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * Posture figures against counts this test computes itself, from its own events and the catalog: per framework, for
 * the tenant and for one account, and in the MSP rollup.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class PostureTest {

    private static final String TENANT = "posture";
    private static final String PATH = "/api/v1/tenants/" + TENANT + "/posture";
    private static final String ACCOUNT_A = "111111111111";
    private static final String ACCOUNT_B = "222222222222";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static final List<FindingChanged> FINDINGS = new ArrayList<>();
    private static final Set<String> ATTESTED = new HashSet<>();
    private static String attestedFramework;
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    FrameworkCatalog frameworks;

    @Inject
    ControlLibrary controls;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        List<String> ids = controls.controls().stream().map(Control::id).toList();
        // c0 fails in A and passes in B; c1 passes; c2 fails only under an exception; c3 is not applicable;
        // c4 failed, then passed. Every other control has no evaluation.
        record(finding(TENANT, ids.get(0), ACCOUNT_A, "r1", FindingStatus.FAIL, Severity.HIGH, PLATFORM_TEAM, null,
                T0));
        record(finding(TENANT, ids.get(0), ACCOUNT_A, "r2", FindingStatus.FAIL, Severity.HIGH, null, null, T0));
        record(finding(TENANT, ids.get(0), ACCOUNT_B, "r3", FindingStatus.PASS, Severity.HIGH, null, null, T0));
        record(finding(TENANT, ids.get(1), ACCOUNT_A, "r1", FindingStatus.PASS, Severity.LOW, null, null, T0));
        record(finding(TENANT, ids.get(2), ACCOUNT_B, "r3", FindingStatus.FAIL, Severity.MEDIUM, null, "ex-1", T0));
        record(finding(TENANT, ids.get(3), ACCOUNT_A, "r1", FindingStatus.NOT_APPLICABLE, Severity.LOW, null, null,
                T0));
        record(finding(TENANT, ids.get(4), ACCOUNT_B, "r4", FindingStatus.FAIL, Severity.LOW, null, null, T0));
        record(finding(TENANT, ids.get(4), ACCOUNT_B, "r4", FindingStatus.PASS, Severity.LOW, null, null,
                T0.plusSeconds(3600)));

        Framework soc2 = frameworks.find("soc2").orElseThrow();
        List<Requirement> manual = soc2.requirements().stream()
                .filter(r -> r.fulfilment() == Fulfilment.MANUAL).limit(3).toList();
        attestedFramework = soc2.key();
        ATTESTED.add(manual.get(0).id());
        attest("a-valid", manual.get(0).id(), TODAY.minusDays(10), TODAY.plusDays(10),
                AttestationChanged.Change.RECORDED);
        attest("a-expired", manual.get(1).id(), TODAY.minusDays(400), TODAY.minusDays(35),
                AttestationChanged.Change.RECORDED);
        attest("a-withdrawn", manual.get(2).id(), TODAY.minusDays(10), TODAY.plusDays(10),
                AttestationChanged.Change.RECORDED);
        attest("a-withdrawn", manual.get(2).id(), TODAY.minusDays(10), TODAY.plusDays(10),
                AttestationChanged.Change.WITHDRAWN);
        seeded = true;
    }

    @Test
    void tenantPostureEqualsTheCountsOfItsOwnEvents() {
        JsonPath posture = get(PATH);
        for (Framework framework : frameworks.all()) {
            assertFramework(posture, framework, expected(framework, null));
        }
        assertThat(posture.getString("asOf")).isEqualTo(TODAY.toString());
    }

    @Test
    void accountPostureCountsOnlyThatAccountsFindings() {
        JsonPath posture = get(PATH + "?accountId=" + ACCOUNT_B);
        for (Framework framework : frameworks.all()) {
            assertFramework(posture, framework, expected(framework, ACCOUNT_B));
        }
    }

    @Test
    void requirementsListEachStatusAndPageByCursor() {
        Framework soc2 = frameworks.find("soc2").orElseThrow();
        Map<String, String> expected = expected(soc2, null);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = get(PATH + "/soc2/requirements?limit=40" + (cursor == null ? "" : "&cursor=" + cursor));
            List<Map<String, Object>> items = page.getList("items");
            for (Map<String, Object> item : items) {
                assertThat(item.get("status")).as("status of %s", item.get("id"))
                        .isEqualTo(expected.get(item.get("id")));
                seen.add((String) item.get("id"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(soc2.requirements().stream().map(Requirement::id).toList());
    }

    @Test
    void rollupShowsTheSameScoresToThePlatformAdminOnly() {
        JsonPath posture = get(PATH);
        Map<String, Object> row = null;
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(TestTokens.platformAdmin())
                    .get("/api/v1/rollup?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(page.getList("items")).hasSizeLessThanOrEqualTo(1);
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (TENANT.equals(item.get("tenantId"))) {
                    row = item;
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(row).as("the tenant's rollup row").isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> scores = (Map<String, Object>) row.get("scores");
        for (Framework framework : frameworks.all()) {
            assertThat(((Number) scores.get(framework.key())).doubleValue()).isCloseTo(
                    ((Number) figures(posture, framework.key()).get("score")).doubleValue(), within(0.001));
        }
        given().auth().oauth2(TestTokens.tenantAdmin(TENANT)).get("/api/v1/rollup").then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor(TENANT)).get("/api/v1/rollup").then().statusCode(403);
        given().get("/api/v1/rollup").then().statusCode(401);
    }

    @Test
    void topFailingControlsCountOpenFailuresOnly() {
        Control first = controls.controls().get(0);

        JsonPath tenant = get(PATH + "/failing-controls");
        // c0 fails twice in account A; c2's failure is under an exception and c4 passes again: neither is listed.
        assertThat(tenant.getList("controlId")).containsExactly(first.id());
        assertThat(tenant.getString("[0].title")).isEqualTo(first.title());
        assertThat(tenant.getString("[0].severity")).isEqualTo(first.severity().name());
        assertThat(tenant.getLong("[0].failing")).isEqualTo(2);
        assertThat(tenant.getLong("[0].passing")).isEqualTo(1);
        assertThat(get(PATH + "/failing-controls?accountId=" + ACCOUNT_B).getList("controlId")).isEmpty();
        assertThat(get(PATH + "/failing-controls?limit=1").getList("controlId")).hasSize(1);
        for (String limit : List.of("0", "101", "ten")) {
            given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + "/failing-controls?limit=" + limit).then()
                    .statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"?accountId=12", "?accountId=abcdefghijkl"})
    void refusesMalformedAccounts(String query) {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("accountId"));
    }

    @Test
    void refusesUnknownFrameworksAndForgedCursors() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + "/nope/requirements").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("soc2"));
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + "/soc2/requirements?cursor=Zm9yZ2Vk").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + "/soc2/requirements?limit=501").then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
        given().auth().oauth2(TestTokens.analyst(TENANT)).get("/api/v1/rollup").then().statusCode(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {PATH, PATH + "/soc2/requirements", PATH + "/failing-controls"})
    void everyRoleOfTheTenantMayReadAndOthersAreRefused(String path) {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
        TenantWall.assertRefusesOutsiders(path, TENANT, "globex");
    }

    /** The status of every requirement of the framework, worked out from this test's events alone. */
    private static Map<String, String> expected(Framework framework, String account) {
        Map<String, FindingChanged> latest = new LinkedHashMap<>();
        for (FindingChanged f : FINDINGS) {
            if (account == null || account.equals(f.resource().accountId())) {
                latest.merge(f.findingId(), f, (a, b) -> b.evaluatedAt().isBefore(a.evaluatedAt()) ? a : b);
            }
        }
        Set<String> openFailure = new HashSet<>();
        Set<String> judged = new HashSet<>();
        for (FindingChanged f : latest.values()) {
            if (f.status() == FindingStatus.PASS || f.status() == FindingStatus.FAIL) {
                judged.add(f.controlId());
            }
            if (f.status() == FindingStatus.FAIL && f.exceptionId() == null) {
                openFailure.add(f.controlId());
            }
        }
        Map<String, String> status = new HashMap<>();
        for (Requirement r : framework.requirements()) {
            String s;
            if (r.fulfilment() == Fulfilment.INHERITED) {
                s = "INHERITED";
            } else if (r.fulfilment() == Fulfilment.MANUAL) {
                s = framework.key().equals(attestedFramework) && ATTESTED.contains(r.id()) ? "ATTESTED" : "UNATTESTED";
            } else if (r.controlIds().stream().anyMatch(openFailure::contains)) {
                s = "FAILING";
            } else if (r.controlIds().stream().anyMatch(judged::contains)) {
                s = "PASSING";
            } else {
                s = "NOT_ASSESSED";
            }
            status.put(r.id(), s);
        }
        return status;
    }

    private static void assertFramework(JsonPath posture, Framework framework, Map<String, String> expected) {
        Map<String, Object> actual = figures(posture, framework.key());
        long inherited = count(expected, "INHERITED");
        long passing = count(expected, "PASSING");
        long attested = count(expected, "ATTESTED");
        int total = framework.requirements().size();
        Map<String, Object> wanted = new LinkedHashMap<>();
        wanted.put("total", total);
        wanted.put("inherited", inherited);
        wanted.put("shared", framework.requirements().stream().filter(r -> r.side() == Side.SHARED).count());
        wanted.put("customer", framework.requirements().stream().filter(r -> r.side() == Side.CUSTOMER).count());
        wanted.put("passing", passing);
        wanted.put("failing", count(expected, "FAILING"));
        wanted.put("attested", attested);
        wanted.put("unattested", count(expected, "UNATTESTED"));
        wanted.put("notAssessed", count(expected, "NOT_ASSESSED"));
        wanted.forEach((figure, value) -> assertThat(((Number) actual.get(figure)).longValue())
                .as("%s %s", framework.key(), figure).isEqualTo(((Number) value).longValue()));
        assertThat(((Number) actual.get("score")).doubleValue()).as("%s score", framework.key())
                .isCloseTo(Math.round(1000.0 * (inherited + passing + attested) / total) / 10.0, within(0.001));
    }

    private static Map<String, Object> figures(JsonPath posture, String framework) {
        return posture.<Map<String, Object>>getList("frameworks").stream()
                .filter(f -> framework.equals(f.get("framework"))).findFirst().orElseThrow();
    }

    private static long count(Map<String, String> statuses, String status) {
        return statuses.values().stream().filter(status::equals).count();
    }

    private void record(FindingChanged finding) {
        FINDINGS.add(finding);
        deliverAcked(connector, "findings", event(finding));
    }

    private void attest(String id, String requirement, LocalDate from, LocalDate until,
            AttestationChanged.Change change) {
        AttestationChanged data = attestation(TENANT, id, "soc2", requirement, from, until, change,
                Instant.now().plusMillis(change == AttestationChanged.Change.WITHDRAWN ? 1000 : 0));
        deliverAcked(connector, "findings", event(AttestationChanged.TYPE, TENANT, data));
    }

    private static JsonPath get(String path) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(path).then().statusCode(200).extract()
                .jsonPath();
    }
}
