package io.demarc.ownership;

import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** The resource-type API: who may read it and how it pages. Tenant {@code initech} uses exactly three types. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class ResourceTypeResourceTest {

    private static final String TENANT = "initech";
    private static final String PATH = "/api/v1/tenants/initech/resource-types";
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seed(item("AWS::S3::Bucket", "reports", T0.plusSeconds(30)));
        seed(item("AWS::S3::Bucket", "backups", T0));
        seed(item("AWS::Lambda::Function", "resize-images", T0.plusSeconds(60)));
        seed(item("AWS::EC2::Instance", "i-0abc", T0.plusSeconds(90)));
        seeded = true;
    }

    @Test
    void listsTheTypesInUseByName() {
        list("").statusCode(200)
                .body("items.resourceType", contains("AWS::EC2::Instance", "AWS::Lambda::Function", "AWS::S3::Bucket"))
                .body("items.resourceCount", contains(1, 1, 2))
                .body("items[2].firstSeenAt", equalTo("2025-06-01T10:00:00Z"))
                .body("total", equalTo(3));
    }

    @Test
    void pagesThroughTheTypes() {
        list("?size=2&page=1").statusCode(200)
                .body("items.resourceType", contains("AWS::S3::Bucket"))
                .body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", equalTo(3)).body("totalPages", equalTo(2));
        list("?size=500&page=" + Integer.MAX_VALUE).statusCode(200).body("items", empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?size=0", "?size=501", "?page=-1"})
    void refusesPagesOutOfBounds(String query) {
        list(query).statusCode(400).contentType("application/problem+json")
                .body("detail", containsString(query.substring(1, query.indexOf('='))));
    }

    @Test
    void everyRoleOfTheTenantMayRead() {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(PATH).then().statusCode(200).body("total", equalTo(3));
        }
    }

    @Test
    void othersAreRefused() {
        TenantWall.assertRefusesOutsiders(PATH, TENANT, "globex");
    }

    @Test
    void anotherTenantSeesOnlyItsOwnTypes() {
        given().auth().oauth2(TestTokens.analyst("globex")).get("/api/v1/tenants/globex/resource-types").then()
                .statusCode(200).body("items", empty()).body("total", equalTo(0));
    }

    private void seed(ConfigurationItem item) {
        assertThat(InMemoryDelivery.deliver(connector, "resources", upserted(TENANT, item)).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    private static ValidatableResponse list(String query) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(PATH + query).then();
    }
}
