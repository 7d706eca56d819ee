package io.demarc.assessment.drift;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.DriftDetected;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A baseline approved over the stored items; later items diffed against it; drift stored, served and announced. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class DriftDetectionTest {

    static final Instant T0 = Instant.parse("2026-02-01T00:00:00Z");

    @Inject
    GovernanceFixture fixture;

    static ConfigurationItem narrowGroup(String id, Instant captured) {
        return GovernanceFixture.securityGroup(id, "{'groupId':'" + id + "','description':'bastion',"
                + "'ipPermissions':[{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8']}]}",
                captured);
    }

    static String approveBaseline(String tenant, String body) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body(body)
                .post("/api/v1/tenants/" + tenant + "/baselines").then().statusCode(201)
                .body("approvedBy", equalTo(tenant + "-admin")).extract().path("id");
    }

    @Test
    void aChangedFieldIsStoredAndAnnouncedAsAReplacePatch() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, narrowGroup("sg-a", T0));
        String baselineId = approveBaseline(tenant, "{\"accountId\":\"" + GovernanceFixture.ACCOUNT + "\","
                + "\"note\":\"reviewed in CHG-42\"}");

        fixture.upsert(tenant, GovernanceFixture.openGroup("sg-a", T0.plusSeconds(60)));

        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("resourceId", "sg-a")
                .get("/api/v1/tenants/" + tenant + "/drift").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].baselineId", equalTo(baselineId))
                .body("items[0].resource.resourceType", equalTo("AWS::EC2::SecurityGroup"))
                .body("items[0].patch", hasSize(2))
                .body("items[0].patch.find { it.path == '/ipPermissions/0/ipRanges/0' }.op", equalTo("replace"))
                .body("items[0].patch.find { it.path == '/ipPermissions/0/ipRanges/0' }.value",
                        equalTo("0.0.0.0/0"))
                .body("items[0].patch.find { it.path == '/description' }.op", equalTo("remove"))
                .body("items[0].itemHash", notNullValue());

        List<CloudEvent<DriftDetected>> events = fixture.awaitPublished(tenant, DriftDetected.TYPE,
                DriftDetected.class, 1);
        DriftDetected drift = events.get(0).data();
        assertThat(drift.baselineId()).isEqualTo(baselineId);
        assertThat(drift.resource().resourceId()).isEqualTo("sg-a");
        assertThat(drift.patch().toString()).contains("\"op\":\"replace\"", "0.0.0.0/0");
    }

    @Test
    void aReplayAndAnItemEqualToTheBaselineRecordNothing() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, narrowGroup("sg-b", T0));
        approveBaseline(tenant, "{}");

        fixture.upsert(tenant, narrowGroup("sg-b", T0.plusSeconds(60)));
        ConfigurationItem open = GovernanceFixture.openGroup("sg-b", T0.plusSeconds(120));
        fixture.upsert(tenant, open);
        fixture.upsert(tenant, open);

        assertThat(fixture.db().of(tenant).count("select count(*) from drift where tenant_id = ?1", tenant))
                .isEqualTo(1);
    }

    @Test
    void resourcesOutsideTheBaselineAreNotCompared() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, narrowGroup("sg-c", T0));
        approveBaseline(tenant, "{}");

        fixture.upsert(tenant, GovernanceFixture.openGroup("sg-new", T0.plusSeconds(60)));

        assertThat(fixture.db().of(tenant).count("select count(*) from drift where tenant_id = ?1", tenant)).isZero();
    }

    @Test
    void aNewerBaselineReplacesTheOlderOne() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, narrowGroup("sg-d", T0));
        approveBaseline(tenant, "{}");
        fixture.upsert(tenant, GovernanceFixture.openGroup("sg-d", T0.plusSeconds(60)));
        String second = approveBaseline(tenant, "{\"note\":\"open SSH is intended now\"}");

        fixture.upsert(tenant, GovernanceFixture.openGroup("sg-d", T0.plusSeconds(120)));
        fixture.upsert(tenant, narrowGroup("sg-d", T0.plusSeconds(180)));

        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/" + tenant + "/drift").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].baselineId", equalTo(second));
        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/" + tenant + "/baselines").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].id", equalTo(second))
                .body("items[0].resourceCount", equalTo(1)).body("items[1].accountId", equalTo(null));
    }
}
