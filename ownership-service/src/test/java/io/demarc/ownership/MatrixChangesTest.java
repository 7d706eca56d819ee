package io.demarc.ownership;

import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.deleted;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.UUID;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

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

/** The matrix follows inventory: a type enters with its first resource and leaves with its last. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class MatrixChangesTest {

    private static final String EKS = "AWS::EKS::Cluster";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void aTypeAppearsWithItsFirstResourceAndDisappearsWithItsLast() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        deliver(upserted(tenant, item("AWS::EC2::Instance", "i-1", T0)));
        matrix(tenant).body("items.resourceType", contains("AWS::EC2::Instance"));

        // A first EKS cluster brings the control plane's duties, Kubernetes upgrades shared with AWS.
        deliver(upserted(tenant, item(EKS, "prod", T0)));
        String platform = "items[1].domains.find { it.domain == 'platform-runtime' }";
        matrix(tenant).body("items.resourceType", contains("AWS::EC2::Instance", EKS))
                .body("items[1].serviceModel", equalTo("PAAS"))
                .body(platform + ".side", equalTo("SHARED"))
                .body(platform + ".overridden", equalTo(true))
                .body("total", equalTo(2));

        deliver(upserted(tenant, item(EKS, "staging", T0)));
        deliver(deleted(tenant, item(EKS, "prod", T0.plusSeconds(60))));
        matrix(tenant).body("items.resourceType", contains("AWS::EC2::Instance", EKS));

        deliver(deleted(tenant, item(EKS, "staging", T0.plusSeconds(60))));
        matrix(tenant).body("items.resourceType", contains("AWS::EC2::Instance")).body("total", equalTo(1));

        deliver(deleted(tenant, item("AWS::EC2::Instance", "i-1", T0.plusSeconds(60))));
        matrix(tenant).body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void aTypeTheModelDoesNotKnowIsListedAsUnknown() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        deliver(upserted(tenant, item("AWS::Imaginary::Widget", "w-1", T0)));

        matrix(tenant).body("items.resourceType", contains("AWS::Imaginary::Widget"))
                .body("items[0].known", equalTo(false))
                .body("items[0].serviceModel", nullValue())
                .body("items[0].resourceCount", equalTo(1))
                .body("items[0].domains", empty());
    }

    @Test
    void aTypeSpelledInUpperCaseByAnOldItemGetsItsCanonicalName() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        deliver(upserted(tenant, item("AWS::EC2::VOLUME", "vol-1", T0)));

        matrix(tenant).body("items.resourceType", contains("AWS::EC2::Volume"))
                .body("items[0].known", equalTo(true))
                .body("items[0].domains.find { it.domain == 'encryption-at-rest' }.side", equalTo("CUSTOMER"));
    }

    private void deliver(String payload) {
        assertThat(InMemoryDelivery.deliver(connector, "resources", payload).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    private static ValidatableResponse matrix(String tenant) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).get("/api/v1/tenants/{t}/matrix", tenant)
                .then().statusCode(200);
    }
}
