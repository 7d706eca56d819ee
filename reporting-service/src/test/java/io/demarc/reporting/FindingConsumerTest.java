package io.demarc.reporting;

import static io.demarc.reporting.FindingEventFixtures.T0;
import static io.demarc.reporting.FindingEventFixtures.event;
import static io.demarc.reporting.FindingEventFixtures.finding;
import static io.demarc.reporting.FindingEventFixtures.uniqueFindingId;
import static io.demarc.testing.InMemoryDelivery.Status.ACKED;
import static io.demarc.testing.InMemoryDelivery.Status.NACKED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceChanged;
import io.demarc.reporting.repository.FindingRepository;
import io.demarc.service.messaging.ProcessedEvent;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** The finding read model as built from the {@code findings} channel, checked through the API that serves it. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class FindingConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    FindingRepository findings;

    @Test
    void failEventBecomesAFindingWithItsEvidence() {
        String id = uniqueFindingId();

        assertThat(deliver(event(finding("acme", id, FindingStatus.FAIL, T0)))).isEqualTo(ACKED);

        detail("acme", id).statusCode(200)
                .body("status", equalTo("FAIL"))
                .body("severity", equalTo("HIGH"))
                .body("controlId", equalTo("EC2.13"))
                .body("resource.resourceType", equalTo("AWS::EC2::SecurityGroup"))
                .body("resource.accountId", equalTo("111122223333"))
                .body("evidence.ipPermissions[0].fromPort", equalTo(22))
                .body("remediation", equalTo("Restrict port 22 to known addresses."))
                .body("firstSeenAt", equalTo("2025-06-01T10:00:00Z"))
                .body("statusChangedAt", equalTo("2025-06-01T10:00:00Z"));
    }

    @Test
    void passEventForTheSameFindingUpdatesIt() {
        String id = uniqueFindingId();
        FindingChanged fixed = withPrevious(finding("acme", id, FindingStatus.PASS, T0.plus(Duration.ofHours(1))),
                FindingStatus.FAIL);

        deliver(event(finding("acme", id, FindingStatus.FAIL, T0)));
        assertThat(deliver(event(fixed))).isEqualTo(ACKED);

        detail("acme", id).statusCode(200)
                .body("status", equalTo("PASS"))
                .body("previousStatus", equalTo("FAIL"))
                .body("firstSeenAt", equalTo("2025-06-01T10:00:00Z"))
                .body("statusChangedAt", equalTo("2025-06-01T11:00:00Z"));
        assertThat(ScopedReads.inTenant("acme", () -> findings.count("findingId", id))).isEqualTo(1);
    }

    @Test
    void theSameEventIdDeliveredTwiceIsAppliedOnce() {
        String id = uniqueFindingId();
        String eventId = UUID.randomUUID().toString();

        deliver(FindingEventFixtures.withId(eventId, finding("acme", id, FindingStatus.FAIL, T0)));
        InMemoryDelivery.Status again = deliver(FindingEventFixtures.withId(eventId,
                finding("acme", id, FindingStatus.PASS, T0.plus(Duration.ofHours(1)))));

        assertThat(again).isEqualTo(ACKED);
        detail("acme", id).statusCode(200).body("status", equalTo("FAIL"));
    }

    @Test
    void anOlderEvaluationArrivingLateIsIgnored() {
        String id = uniqueFindingId();

        deliver(event(finding("acme", id, FindingStatus.PASS, T0.plus(Duration.ofHours(1)))));
        assertThat(deliver(event(finding("acme", id, FindingStatus.FAIL, T0)))).isEqualTo(ACKED);

        detail("acme", id).statusCode(200)
                .body("status", equalTo("PASS"))
                .body("evaluatedAt", equalTo("2025-06-01T11:00:00Z"));
    }

    @Test
    void theEventsTenantOwnsTheFinding() {
        String id = uniqueFindingId();

        deliver(event(finding("globex", id, FindingStatus.FAIL, T0)));

        detail("globex", id).statusCode(200);
        given().auth().oauth2(TestTokens.analyst("acme")).get("/api/v1/tenants/acme/findings/{id}", id).then()
                .statusCode(404);
    }

    @Test
    void poisonMessagesAreNackedAndChangeNothing() {
        String id = uniqueFindingId();
        FindingChanged valid = finding("acme", id, FindingStatus.FAIL, T0);
        CloudEvent<ResourceChanged> wrongType = EventCodec.envelope("urn:demarc:inventory-service",
                ResourceChanged.TYPE, "acme", "x", new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, null));
        long findingsBefore = ScopedReads.acrossTenants(() -> findings.count());
        long processedBefore = ProcessedEvent.count();

        assertThat(deliver("this is not JSON")).isEqualTo(NACKED);
        assertThat(deliver("{\"specversion\":\"1.0\"}")).isEqualTo(NACKED);
        // Another type than the ones reporting reads is acknowledged and ignored, not parked.
        assertThat(deliver(EventCodec.write(wrongType))).isEqualTo(ACKED);
        assertThat(deliver(EventCodec.write(FindingEventFixtures.envelope("globex", valid)))).isEqualTo(NACKED);
        assertThat(deliver(event(finding("acme", null, FindingStatus.FAIL, T0)))).isEqualTo(NACKED);
        assertThat(deliver(event(finding("acme", id, null, T0)))).isEqualTo(NACKED);

        assertThat((long) ScopedReads.acrossTenants(() -> findings.count())).isEqualTo(findingsBefore);
        assertThat(ProcessedEvent.count()).isEqualTo(processedBefore);
        // The channel keeps going after poison: the next good event is applied.
        assertThat(deliver(event(valid))).isEqualTo(ACKED);
        detail("acme", id).statusCode(200);
    }

    private InMemoryDelivery.Status deliver(String payload) {
        return InMemoryDelivery.deliver(connector, "findings", payload).status();
    }

    private static ValidatableResponse detail(String tenant, String findingId) {
        return given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{tenant}/findings/{id}", tenant, findingId).then();
    }

    private static FindingChanged withPrevious(FindingChanged f, FindingStatus previous) {
        return new FindingChanged(f.tenantId(), f.findingId(), f.controlId(), f.controlTitle(), f.severity(),
                f.status(), previous, f.resource(), f.evaluatedAt(), f.itemCaptureTime(), f.itemHash(),
                f.evidence(), f.remediation());
    }
}
