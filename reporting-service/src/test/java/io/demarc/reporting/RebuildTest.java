package io.demarc.reporting;

import static io.demarc.reporting.ReadModelEvents.DATA_TEAM;
import static io.demarc.reporting.ReadModelEvents.PLATFORM_TEAM;
import static io.demarc.reporting.ReportingTestSupport.deliverAcked;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.MatrixChanged;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Severity;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.repository.ResourceTallyRepository;
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
 * The read models are a function of the events: one event sequence applied into fresh state twice (as two tenants,
 * the second time with every event delivered twice) gives identical views, and the counters equal a recount.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class RebuildTest {

    private static final String A = "111111111111";
    private static final String B = "222222222222";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static final List<String> VIEWS = List.of("/posture", "/posture?accountId=" + A, "/matrix", "/inventory",
            "/work-queues", "/work-queues/team-platform", "/work-queues/unowned",
            "/trends?from=2025-06-01&to=2025-06-10", "/posture/soc2/requirements?limit=500");

    /** A channel and a message. */
    private record Delivery(String channel, String payload) {
    }

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ControlTallyRepository controlTallies;

    @Inject
    ResourceTallyRepository resourceTallies;

    @Test
    void replayingTheSameEventsIntoFreshStateGivesTheSameReadModels() {
        for (Delivery delivery : sequence("rebuild-a")) {
            deliverAcked(connector, delivery.channel(), delivery.payload());
        }
        for (Delivery delivery : sequence("rebuild-b")) {
            deliverAcked(connector, delivery.channel(), delivery.payload());
            deliverAcked(connector, delivery.channel(), delivery.payload());
        }
        for (String view : VIEWS) {
            assertThat(view("rebuild-b", view)).as(view).isEqualTo(view("rebuild-a", view));
        }
    }

    @Test
    void countersEqualARecountFromTheRows() {
        for (Delivery delivery : sequence("recount")) {
            deliverAcked(connector, delivery.channel(), delivery.payload());
        }
        List<String> before = VIEWS.stream().map(v -> view("recount", v)).toList();
        QuarkusTransaction.requiringNew().run(() -> {
            controlTallies.recount("recount");
            resourceTallies.recount("recount");
        });
        assertThat(VIEWS.stream().map(v -> view("recount", v)).toList()).isEqualTo(before);
    }

    private static String view(String tenant, String path) {
        return given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/" + tenant + path).then()
                .statusCode(200).extract().asString().replace(tenant, "TENANT");
    }

    /** Every kind of event reporting reads, with updates, late arrivals and removals, for one tenant. */
    private static List<Delivery> sequence(String tenant) {
        List<Delivery> out = new ArrayList<>();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String[] controls = {"ec2-sg-ssh-open-world", "ec2-sg-rdp-open-world", "ec2-sg-all-ports-open-world"};
        for (int i = 0; i < 12; i++) {
            String account = i % 3 == 0 ? B : A;
            String control = controls[i % controls.length];
            FindingStatus status = i % 4 == 0 ? FindingStatus.PASS : FindingStatus.FAIL;
            out.add(finding(ReadModelEvents.finding(tenant, control, account, "sg-" + i, status,
                    Severity.values()[i % 5], i % 2 == 0 ? PLATFORM_TEAM : null, i == 5 ? "ex-1" : null,
                    T0.plusSeconds(3600L * i))));
            out.add(resource(ReadModelEvents.resource(tenant, account, "AWS::EC2::SecurityGroup", "sg-" + i,
                    T0.plusSeconds(i), false)));
        }
        // Fixes, a late older evaluation, a deletion and an older upsert after it.
        out.add(finding(ReadModelEvents.finding(tenant, controls[1], A, "sg-1", FindingStatus.PASS, Severity.HIGH,
                null, null, T0.plusSeconds(86_400 * 2))));
        out.add(finding(ReadModelEvents.finding(tenant, controls[1], A, "sg-1", FindingStatus.FAIL, Severity.HIGH,
                null, null, T0)));
        out.add(resource(ReadModelEvents.resource(tenant, A, "AWS::EC2::SecurityGroup", "sg-1", T0.plusSeconds(500),
                true)));
        out.add(resource(ReadModelEvents.resource(tenant, A, "AWS::EC2::SecurityGroup", "sg-1", T0.plusSeconds(400),
                false)));
        out.add(new Delivery("ownership", ReadModelEvents.event(MatrixChanged.TYPE, tenant,
                ReadModelEvents.matrixRow(tenant, "AWS::EC2::SecurityGroup", "ABSTRACTED", DATA_TEAM))));
        out.add(new Delivery("ownership", ReadModelEvents.event(MatrixChanged.TYPE, tenant,
                ReadModelEvents.matrixRow(tenant, "AWS::EC2::Instance", "IAAS", null))));
        out.add(new Delivery("accounts", ReadModelEvents.event(AccountChanged.TYPE, tenant,
                ReadModelEvents.account(tenant, A, AccountChanged.Change.REGISTERED, T0))));
        out.add(new Delivery("findings", ReadModelEvents.event(ExceptionChanged.TYPE, tenant,
                ReadModelEvents.exception(tenant, "ex-1", controls[2], ExceptionChanged.State.APPROVED, T0))));
        out.add(new Delivery("findings", ReadModelEvents.event(AttestationChanged.TYPE, tenant,
                ReadModelEvents.attestation(tenant, "att-1", "soc2", "cc_1_1", today.minusDays(1), today.plusDays(1),
                        AttestationChanged.Change.RECORDED, T0))));
        out.add(new Delivery("findings", ReadModelEvents.event(DriftDetected.TYPE, tenant,
                ReadModelEvents.drift(tenant, "drift-1", T0))));
        return out;
    }

    private static Delivery finding(FindingChanged data) {
        return new Delivery("findings", ReadModelEvents.event(data));
    }

    private static Delivery resource(ResourceChanged data) {
        return new Delivery("resources", EventCodec.write(EventCodec.envelope("urn:demarc:test", ResourceChanged.TYPE,
                data.tenantId(), "subject", data)));
    }
}
