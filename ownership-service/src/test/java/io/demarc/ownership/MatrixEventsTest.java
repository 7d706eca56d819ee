package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.newTenant;
import static io.demarc.ownership.OwnershipApi.published;
import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.deleted;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.MatrixChanged;
import io.demarc.ownership.repository.DutyArrivalRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** What the matrix announces as inventory changes: a type's arrival with its duties, and its departure. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class MatrixEventsTest {

    private static final String EKS = "AWS::EKS::Cluster";

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    DutyArrivalRepository arrivals;

    @Test
    void aFirstClusterBringsItsDutiesAndTheLastOneTakesTheRowAway() {
        String tenant = newTenant();
        deliver(upserted(tenant, item(EKS, "prod", T0)));
        deliver(upserted(tenant, item(EKS, "staging", T0)));
        deliver(deleted(tenant, item(EKS, "prod", T0.plusSeconds(60))));
        deliver(deleted(tenant, item(EKS, "staging", T0.plusSeconds(60))));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(tenant))
                .extracting(event -> event.data().change())
                .containsExactly(MatrixChanged.Change.TYPE_ADDED, MatrixChanged.Change.TYPE_REMOVED));
        List<CloudEvent<MatrixChanged>> events = events(tenant);
        MatrixChanged added = events.get(0).data();
        assertThat(added.resourceType()).isEqualTo(EKS);
        assertThat(added.serviceModel()).isEqualTo("PAAS");
        assertThat(added.cells()).hasSize(20).allSatisfy(cell -> assertThat(cell.owner()).isNull());
        assertThat(added.newDuties()).contains("platform-runtime", "identity-access")
                .doesNotContain("physical-environmental");
        assertThat(added.cells()).filteredOn(cell -> added.newDuties().contains(cell.domain()))
                .allSatisfy(cell -> assertThat(cell.unowned()).isTrue());
        assertThat(events.get(1).data().cells()).isEmpty();
        assertThat(events.get(0).subject()).isEqualTo(EKS);

        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/{t}/duties/new", tenant).then()
                .statusCode(200).body("items.resourceType", contains(EKS))
                .body("items[0].serviceModel", org.hamcrest.Matchers.equalTo("PAAS"))
                .body("items[0].newDuties", hasItems("platform-runtime", "identity-access"))
                .body("items[0].newDuties", not(hasItems("physical-environmental")));
    }

    @Test
    void aTypeComingBackIsAnnouncedAgainAndAnUnknownTypeToo() {
        String tenant = newTenant();
        deliver(upserted(tenant, item("AWS::Imaginary::Widget", "w-1", T0)));
        deliver(upserted(tenant, item("AWS::EC2::VOLUME", "vol-1", T0)));
        deliver(upserted(tenant, item("AWS::EC2::Volume", "vol-2", T0)));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(events(tenant))
                .extracting(event -> event.data().resourceType() + " " + event.data().serviceModel())
                .containsExactly("AWS::Imaginary::Widget UNKNOWN", "AWS::EC2::Volume IAAS"));
        assertThat(TenantScope.of(tenant, () -> arrivals.count("tenantId", tenant))).isEqualTo(2);
    }

    @Test
    void aPoisonMessageRecordsAndAnnouncesNothing() {
        String tenant = newTenant();
        long arrivalsBefore = TenantScope.acrossTenants(() -> arrivals.count());

        assertThat(InMemoryDelivery.deliver(connector, "resources", "{\"specversion\":\"1.0\"}").status())
                .isEqualTo(InMemoryDelivery.Status.NACKED);
        assertThat(InMemoryDelivery.deliver(connector, "resources", upserted(tenant, item(EKS, "p", null)))
                .status()).isEqualTo(InMemoryDelivery.Status.NACKED);

        assertThat((long) TenantScope.acrossTenants(() -> arrivals.count())).isEqualTo(arrivalsBefore);
        // The relay runs every second: had anything reached the outbox, it would show on the sink by then.
        Awaitility.await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> events(tenant).isEmpty());
    }

    private List<CloudEvent<MatrixChanged>> events(String tenant) {
        return published(connector, tenant, MatrixChanged.TYPE, MatrixChanged.class);
    }

    private void deliver(String payload) {
        assertThat(InMemoryDelivery.deliver(connector, "resources", payload).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }
}
