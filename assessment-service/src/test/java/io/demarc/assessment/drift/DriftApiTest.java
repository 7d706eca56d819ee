package io.demarc.assessment.drift;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The resource timeline, bad input, roles and tenancy of the baseline and drift API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class DriftApiTest {

    static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    @Inject
    GovernanceFixture fixture;

    static String base(String tenant) {
        return "/api/v1/tenants/" + tenant;
    }

    @Test
    void theTimelineShowsStatusFlipsAndDriftNewestFirstPageByPage() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, DriftDetectionTest.narrowGroup("sg-t", T0));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post(base(tenant) + "/baselines").then().statusCode(201);
        fixture.upsert(tenant, GovernanceFixture.openGroup("sg-t", T0.plusSeconds(60)));

        var timeline = given().auth().oauth2(TestTokens.auditor(tenant))
                .queryParam("accountId", GovernanceFixture.ACCOUNT).queryParam("region", "eu-west-1")
                .queryParam("resourceType", "AWS::EC2::SecurityGroup").queryParam("resourceId", "sg-t");
        timeline.get(base(tenant) + "/resource-timeline").then().statusCode(200)
                .body("items.kind", hasItem("DRIFT"))
                .body("items.find { it.kind == 'STATUS' && it.controlId == 'ec2-sg-ssh-open-world' "
                        + "&& it.status == 'FAIL' }.previousStatus", equalTo("PASS"))
                .body("items.find { it.kind == 'DRIFT' }.patch", notNullValue());

        String next = given().auth().oauth2(TestTokens.auditor(tenant))
                .queryParam("accountId", GovernanceFixture.ACCOUNT).queryParam("region", "eu-west-1")
                .queryParam("resourceType", "AWS::EC2::SecurityGroup").queryParam("resourceId", "sg-t")
                .queryParam("limit", 1).get(base(tenant) + "/resource-timeline").then().statusCode(200)
                .body("items", hasSize(1)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("accountId", GovernanceFixture.ACCOUNT)
                .queryParam("region", "eu-west-1").queryParam("resourceType", "AWS::EC2::SecurityGroup")
                .queryParam("resourceId", "sg-t").queryParam("limit", 1).queryParam("cursor", next)
                .get(base(tenant) + "/resource-timeline").then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void refusesBadInputWithAProblem() {
        String tenant = GovernanceFixture.newTenant();
        String admin = TestTokens.tenantAdmin(tenant);
        given().auth().oauth2(admin).contentType("application/json").body("{\"accountId\":")
                .post(base(tenant) + "/baselines").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType("application/json").body("{\"accountId\":\"12\"}")
                .post(base(tenant) + "/baselines").then().statusCode(400).contentType("application/problem+json")
                .body(containsString("12-digit"));
        given().auth().oauth2(admin).contentType("application/json").body("{}").post(base(tenant) + "/baselines")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("no resources"));
        given().auth().oauth2(admin).get(base(tenant) + "/resource-timeline").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("accountId"));
        given().auth().oauth2(admin).queryParam("accountId", "1").queryParam("resourceType", "t")
                .queryParam("resourceId", "i").queryParam("cursor", "Zm9v").get(base(tenant) + "/resource-timeline")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("cursor"));
        given().auth().oauth2(admin).queryParam("baselineId", "x").get(base(tenant) + "/drift").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("limit", 0).get(base(tenant) + "/drift").then().statusCode(400)
                .contentType("application/problem+json");
        for (String missing : List.of("/drift/42", "/drift/x", "/baselines/42", "/baselines/x")) {
            given().auth().oauth2(admin).get(base(tenant) + missing).then().statusCode(404)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void readEndpointsRefuseOutsiders() {
        String tenant = GovernanceFixture.newTenant();
        fixture.upsert(tenant, DriftDetectionTest.narrowGroup("sg-w", T0));
        String id = given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json")
                .body("{}").post(base(tenant) + "/baselines").then().statusCode(201).extract().path("id");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/baselines", tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/baselines/" + id, tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/drift", tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/resource-timeline?accountId=1&resourceType=t"
                + "&resourceId=i", tenant, "globex");
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).get(base("globex") + "/baselines/" + id).then()
                .statusCode(404);
    }

    @Test
    void onlyAdministratorsApproveBaselines() {
        String tenant = GovernanceFixture.newTenant();
        String path = base(tenant) + "/baselines";
        for (String token : List.of(TestTokens.analyst(tenant), TestTokens.auditor(tenant),
                TestTokens.user("x", Set.of(), List.of(tenant)))) {
            given().auth().oauth2(token).contentType("application/json").body("{}").post(path).then()
                    .statusCode(403);
        }
        given().contentType("application/json").body("{}").post(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType("application/json").body("{}")
                .post(path).then().statusCode(404).contentType("application/problem+json");
    }
}
