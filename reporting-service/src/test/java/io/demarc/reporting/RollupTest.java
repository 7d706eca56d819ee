package io.demarc.reporting;

import static io.demarc.reporting.ReadModelEvents.account;
import static io.demarc.reporting.ReadModelEvents.event;
import static io.demarc.reporting.ReadModelEvents.finding;
import static io.demarc.reporting.ReadModelEvents.resource;
import static io.demarc.reporting.ReportingTestSupport.deliverAcked;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Severity;
import io.demarc.reporting.model.PostureSnapshot;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.repository.TrendRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The MSP rollup's figures beyond the scores: failing critical and high findings (from the counters, excepted ones
 * apart), account health (failing role, stale data) and the score of a week ago, against this test's own events.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class RollupTest {

    private static final String TENANT = "rollup-figures";
    private static final String FRESH = "111111111111";
    private static final String FAILING = "222222222222";
    private static final String STALE = "333333333333";
    private static final String REMOVED = "444444444444";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ControlLibrary controls;

    @Inject
    TrendRepository trends;

    @Inject
    ControlTallyRepository tallies;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        List<String> ids = controls.controls().stream().map(Control::id).toList();
        // Two open critical failures, one of which is remediated later; one open high failure; a high failure under
        // an exception; a passing high; a medium failure (not counted).
        findings(finding(TENANT, ids.get(0), FRESH, "r1", FindingStatus.FAIL, Severity.CRITICAL, null, null, T0));
        findings(finding(TENANT, ids.get(0), FRESH, "r2", FindingStatus.FAIL, Severity.CRITICAL, null, null, T0));
        findings(finding(TENANT, ids.get(0), FRESH, "r2", FindingStatus.PASS, Severity.CRITICAL, null, null,
                T0.plusSeconds(60)));
        findings(finding(TENANT, ids.get(1), STALE, "r3", FindingStatus.FAIL, Severity.HIGH, null, null, T0));
        findings(finding(TENANT, ids.get(1), STALE, "r4", FindingStatus.FAIL, Severity.HIGH, null, "ex-1", T0));
        findings(finding(TENANT, ids.get(1), FRESH, "r5", FindingStatus.PASS, Severity.HIGH, null, null, T0));
        findings(finding(TENANT, ids.get(2), FRESH, "r6", FindingStatus.FAIL, Severity.MEDIUM, null, null, T0));

        accountEvent(account(TENANT, FRESH, AccountChanged.Change.REGISTERED, T0));
        accountEvent(new AccountChanged(TENANT, AccountChanged.Change.STATUS_CHANGED, FAILING, "Failing", null,
                List.of(), "FAILING", "AccessDenied", T0));
        accountEvent(account(TENANT, STALE, AccountChanged.Change.REGISTERED, T0));
        accountEvent(account(TENANT, REMOVED, AccountChanged.Change.REGISTERED, T0));
        accountEvent(account(TENANT, REMOVED, AccountChanged.Change.REMOVED, T0.plusSeconds(60)));
        // Data of FRESH arrives now; the last data of STALE arrived three days ago; FAILING never sent any.
        resourceEvent(resource(TENANT, FRESH, "AWS::S3::Bucket", "b1", T0, false), Instant.now());
        resourceEvent(resource(TENANT, STALE, "AWS::S3::Bucket", "b2", T0, false),
                Instant.now().minusSeconds(3 * 86_400));

        snapshots(TODAY.minusDays(20), Map.of("soc2", "10.0"));
        snapshots(TODAY.minusDays(9), Map.of("soc2", "40.0"));
        snapshots(TODAY.minusDays(8), Map.of("soc2", "45.5", "cis-aws-3.0", "20.0"));
        snapshots(TODAY.minusDays(2), Map.of("soc2", "90.0"));
        seeded = true;
    }

    @Test
    void countsFailingCriticalAndHighFromTheCountersWithoutExceptedOnes() {
        Map<String, Object> row = row(TENANT);
        assertThat(((Number) row.get("failingCritical")).longValue()).isEqualTo(1);
        assertThat(((Number) row.get("failingHigh")).longValue()).isEqualTo(1);
    }

    @Test
    void accountHealthCountsFailingRolesAndStaleDataOfAccountsNotRemoved() {
        Map<String, Object> row = row(TENANT);
        assertThat(((Number) row.get("accounts")).longValue()).isEqualTo(3);
        assertThat(((Number) row.get("failingAccounts")).longValue()).isEqualTo(1);
        // STALE (data three days old) and FAILING (no data ever); FRESH is not.
        assertThat(((Number) row.get("staleAccounts")).longValue()).isEqualTo(2);
    }

    @Test
    void earlierScoresAreThoseOfTheLatestSnapshotAWeekOrTwoOld() {
        Map<String, Object> row = row(TENANT);
        assertThat(row.get("earlierDay")).isEqualTo(TODAY.minusDays(8).toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> earlier = (Map<String, Object>) row.get("earlierScores");
        assertThat(earlier).containsOnlyKeys("soc2", "cis-aws-3.0");
        assertThat(((Number) earlier.get("soc2")).doubleValue()).isEqualTo(45.5);
    }

    @Test
    void aTenantWithoutAccountsOrHistoryHasZerosAndNoEarlierScores() {
        String tenant = "rollup-empty";
        findings(finding(tenant, controls.controls().get(0).id(), FRESH, "r1", FindingStatus.PASS, Severity.LOW, null,
                null, T0));
        Map<String, Object> row = row(tenant);
        assertThat(row).containsEntry("failingCritical", 0).containsEntry("failingHigh", 0)
                .containsEntry("accounts", 0).containsEntry("failingAccounts", 0).containsEntry("staleAccounts", 0);
        assertThat((Map<?, ?>) row.get("earlierScores")).isEmpty();
        assertThat(row.get("earlierDay")).isNull();
    }

    @Test
    void theSeverityOfTheCountersEqualsARecount() {
        Map<String, Object> before = row(TENANT);
        TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().run(() -> tallies.recount(TENANT)));
        Map<String, Object> after = row(TENANT);
        assertThat(after.get("failingCritical")).isEqualTo(before.get("failingCritical"));
        assertThat(after.get("failingHigh")).isEqualTo(before.get("failingHigh"));
    }

    private static Map<String, Object> row(String tenant) {
        String cursor = null;
        do {
            var page = given().auth().oauth2(TestTokens.platformAdmin())
                    .get("/api/v1/rollup?limit=50" + (cursor == null ? "" : "&cursor=" + cursor)).then()
                    .statusCode(200).extract().jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (tenant.equals(item.get("tenantId"))) {
                    return item;
                }
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        throw new AssertionError("no rollup row for " + tenant);
    }

    private void findings(io.demarc.contracts.FindingChanged finding) {
        deliverAcked(connector, "findings", event(finding));
    }

    private void accountEvent(AccountChanged change) {
        deliverAcked(connector, "accounts", event(AccountChanged.TYPE, TENANT, change));
    }

    private void resourceEvent(ResourceChanged change, Instant publishedAt) {
        CloudEvent<ResourceChanged> envelope = new CloudEvent<>(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(),
                "urn:demarc:test", ResourceChanged.TYPE, "subject", publishedAt, CloudEvent.JSON, null, TENANT, change);
        deliverAcked(connector, "resources", EventCodec.write(envelope));
    }

    private void snapshots(LocalDate day, Map<String, String> scores) {
        List<PostureSnapshot> snapshots = scores.entrySet().stream().map(score -> {
            PostureSnapshot snapshot = new PostureSnapshot();
            snapshot.tenantId = TENANT;
            snapshot.day = day;
            snapshot.framework = score.getKey();
            snapshot.score = new BigDecimal(score.getValue());
            snapshot.takenAt = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            return snapshot;
        }).toList();
        TenantScope.run(TENANT,
                () -> QuarkusTransaction.requiringNew().run(() -> trends.replaceSnapshots(TENANT, day, snapshots)));
    }
}
