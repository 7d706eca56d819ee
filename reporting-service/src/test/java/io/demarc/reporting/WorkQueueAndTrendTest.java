package io.demarc.reporting;

import static io.demarc.reporting.ReadModelEvents.DATA_TEAM;
import static io.demarc.reporting.ReadModelEvents.PLATFORM_TEAM;
import static io.demarc.reporting.ReadModelEvents.event;
import static io.demarc.reporting.ReadModelEvents.finding;
import static io.demarc.reporting.ReportingTestSupport.deliverAcked;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;
import io.demarc.reporting.service.PostureSnapshots;
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

/** Work queues (open failures per owner) and trends (opened/closed per day, time to remediate, snapshots). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class WorkQueueAndTrendTest {

    private static final String TENANT = "hooli";
    private static final String BASE = "/api/v1/tenants/hooli";
    private static final String A = "111111111111";
    private static final Instant D1 = Instant.parse("2025-06-01T08:00:00Z");
    private static final Instant D2 = Instant.parse("2025-06-02T08:00:00Z");
    private static final Instant D3 = Instant.parse("2025-06-03T20:00:00Z");
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    PostureSnapshots snapshots;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        // Platform: a CRITICAL from D2 and two HIGHs (D1, D2); one more HIGH fixed on D3 (open 60 h); one excepted.
        fail("c-crit", "r1", Severity.CRITICAL, PLATFORM_TEAM, null, D2);
        fail("c-high", "r1", Severity.HIGH, PLATFORM_TEAM, null, D1);
        fail("c-high", "r2", Severity.HIGH, PLATFORM_TEAM, null, D2);
        fail("c-fixed", "r1", Severity.HIGH, PLATFORM_TEAM, null, D1);
        send("c-fixed", "r1", FindingStatus.PASS, Severity.HIGH, PLATFORM_TEAM, null, D1.plus(Duration.ofHours(60)));
        fail("c-accepted", "r1", Severity.CRITICAL, PLATFORM_TEAM, "ex-1", D1);
        // Data: one LOW; unowned: one MEDIUM that turned not applicable on D3 (closed, not remediated) and one open.
        fail("c-low", "r9", Severity.LOW, DATA_TEAM, null, D1);
        fail("c-gone", "r5", Severity.MEDIUM, null, null, D1);
        send("c-gone", "r5", FindingStatus.NOT_APPLICABLE, Severity.MEDIUM, null, null, D3);
        fail("c-orphan", "r6", Severity.MEDIUM, null, null, D2);
        seeded = true;
    }

    @Test
    void listsEveryQueueUnownedFirstWithCountsBySeverity() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/work-queues").then().statusCode(200)
                .body("teamId", contains("unowned", "team-data", "team-platform"))
                .body("[0].open", equalTo(1)).body("[0].bySeverity.MEDIUM", equalTo(1))
                .body("[2].teamName", equalTo("Platform"))
                .body("[2].open", equalTo(3))
                .body("[2].bySeverity.CRITICAL", equalTo(1)).body("[2].bySeverity.HIGH", equalTo(2))
                .body("[2].oldestFailingSince", equalTo("2025-06-01T08:00:00Z"));
    }

    @Test
    void aQueueRunsMostSevereThenOldestAndPagesByCursor() {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = given().auth().oauth2(TestTokens.auditor(TENANT))
                    .get(BASE + "/work-queues/team-platform?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.findingId"));
            assertThat(page.getList("items.remediation")).allSatisfy(r -> assertThat((String) r).startsWith("Fix "));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(ids).containsExactly("c-crit@" + A + "/r1", "c-high@" + A + "/r1", "c-high@" + A + "/r2");
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/work-queues/unowned").then().statusCode(200)
                .body("items.findingId", contains("c-orphan@" + A + "/r6")).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/work-queues/no-such-team").then()
                .statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?cursor=***", "?cursor=Zm9yZ2Vk", "?limit=0", "?limit=501"})
    void refusesBadPagingWithAProblem(String query) {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/work-queues/team-platform" + query).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void trendsCountOpenedAndClosedPerDayAndTimeToRemediate() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/trends?from=2025-06-01&to=2025-06-04").then()
                .statusCode(200)
                .body("days.day", contains("2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"))
                .body("days.opened", contains(5, 3, 0, 0))
                .body("days.closed", contains(0, 0, 2, 0))
                .body("days.remediated", contains(0, 0, 1, 0))
                .body("remediated", equalTo(1))
                .body("meanTimeToRemediateHours", equalTo(60.0f));
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/trends?from=2025-06-01&to=2025-06-01").then()
                .statusCode(200).body("remediated", equalTo(0)).body("meanTimeToRemediateHours", nullValue());
    }

    @Test
    void snapshotsTakenOnDemandShowInTrends() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        snapshots.take(TENANT, today);
        snapshots.take(TENANT, today);
        JsonPath posture = given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/posture").then()
                .statusCode(200).extract().jsonPath();
        JsonPath trends = given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/trends").then()
                .statusCode(200).extract().jsonPath();
        assertThat(scoresByFramework(trends, "posture")).isEqualTo(scoresByFramework(posture, "frameworks"));
        assertThat(trends.getString("to")).isEqualTo(today.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?from=yesterday", "?to=2025-13-01", "?from=2025-06-05&to=2025-06-01",
            "?from=2020-01-01&to=2025-01-01"})
    void refusesBadPeriods(String query) {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(BASE + "/trends" + query).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(
                        query.contains("yesterday")
                                ? "from"
                                : query.contains("13")
                                        ? "to"
                                        : query.contains("2020")
                                                ? "366"
                                                : "after"));
    }

    @ParameterizedTest
    @ValueSource(strings = {BASE + "/work-queues", BASE + "/work-queues/team-platform", BASE + "/trends"})
    void everyRoleMayReadAndOutsidersAreRefused(String path) {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
        TenantWall.assertRefusesOutsiders(path, TENANT, "globex");
    }

    private static Map<Object, Object> scoresByFramework(JsonPath json, String list) {
        return json.<Map<String, Object>>getList(list).stream()
                .collect(Collectors.toMap(row -> row.get("framework"), row -> row.get("score")));
    }

    private void fail(String control, String resource, Severity severity, TeamRef owner, String exception,
            Instant at) {
        send(control, resource, FindingStatus.FAIL, severity, owner, exception, at);
    }

    private void send(String control, String resource, FindingStatus status, Severity severity, TeamRef owner,
            String exception, Instant at) {
        deliverAcked(connector, "findings", event(finding(TENANT, control, A, resource, status, severity, owner,
                exception, at)));
    }
}
