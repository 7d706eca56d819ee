package io.demarc.assessment.exception;

import static io.demarc.assessment.governance.GovernanceFixture.SSH_CONTROL;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Bad input, roles, tenancy and paging of the exception API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ExceptionApiTest {

    static String path(String tenant) {
        return "/api/v1/tenants/" + tenant + "/exceptions";
    }

    static String scoped(String scope, String expiresAt) {
        return "{\"controlId\":\"" + SSH_CONTROL + "\",\"scope\":" + scope + ",\"justification\":\"why\","
                + "\"expiresAt\":\"" + expiresAt + "\"}";
    }

    static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).toString();
    }

    static String requestTenantWide(String tenant) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json")
                .body(scoped("{\"kind\":\"TENANT\"}", inDays(10))).post(path(tenant)).then().statusCode(201)
                .extract().path("id");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "malformed JSON | {\"controlId\": | ",
            "no justification | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"expiresAt\":\"2999-01-01T00:00:00Z\"} | justification",
            "no expiry | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\"} | expiresAt",
            "bad date | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"soon\"} | ",
            "unknown scope kind | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"GALAXY\"},\"justification\":\"x\",\"expiresAt\":\"2999-01-01T00:00:00Z\"} | ",
            "neither finding nor scope | {\"controlId\":\"ec2-sg-ssh-open-world\",\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | either findingId",
            "both finding and scope | {\"findingId\":\"abc\",\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | not both",
            "unknown finding | {\"findingId\":\"abc\",\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | no finding 'abc'",
            "unknown control | {\"controlId\":\"no-such-control\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | no control 'no-such-control'",
            "scope without control | {\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | controlId is required",
            "bad account | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"ACCOUNT\",\"value\":\"12\"},\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | 12-digit",
            "bad tag | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TAG\",\"value\":\"env\"},\"justification\":\"x\",\"expiresAt\":\"EXPIRY\"} | key=value",
            "past expiry | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"2020-01-01T00:00:00Z\"} | in the future",
            "expiry too far | {\"controlId\":\"ec2-sg-ssh-open-world\",\"scope\":{\"kind\":\"TENANT\"},\"justification\":\"x\",\"expiresAt\":\"2999-01-01T00:00:00Z\"} | at most 365 days"})
    void refusesABadRequestWithAProblem(String name, String body, String detail) {
        String tenant = GovernanceFixture.newTenant();
        var response = given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/json")
                .body(body.replace("EXPIRY", inDays(5))).post(path(tenant)).then().statusCode(400)
                .contentType("application/problem+json");
        if (detail != null) {
            response.body(containsString(detail));
        }
    }

    @Test
    void listsNewestFirstWithFiltersAndACursor() {
        String tenant = GovernanceFixture.newTenant();
        String first = requestTenantWide(tenant);
        String second = requestTenantWide(tenant);
        String third = requestTenantWide(tenant);
        given().auth().oauth2(GovernanceFixture.secondAdmin(tenant)).contentType("application/json").body("{}")
                .post(path(tenant) + "/" + second + "/approve")
                .then().statusCode(200);

        String next = given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("limit", 2).get(path(tenant))
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(third, second))
                .body("limit", equalTo(2)).body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("limit", 2).queryParam("cursor", next)
                .get(path(tenant)).then().statusCode(200).body("items.id", org.hamcrest.Matchers.contains(first))
                .body("nextCursor", equalTo(null));
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("state", "APPROVED").get(path(tenant)).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(second));
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("controlId", "other").get(path(tenant)).then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void refusesBadListParametersWithAProblem() {
        String tenant = GovernanceFixture.newTenant();
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("limit", 501).get(path(tenant)).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("cursor", "bm90LWEtbnVtYmVy")
                .get(path(tenant)).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("cursor"));
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("state", "SOMETIMES").get(path(tenant)).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("state"));
    }

    @Test
    void answersAnUnknownExceptionWithANotFoundProblem() {
        String tenant = GovernanceFixture.newTenant();
        for (String suffix : List.of("/nope", "/nope/audit")) {
            given().auth().oauth2(TestTokens.analyst(tenant)).get(path(tenant) + suffix).then().statusCode(404)
                    .contentType("application/problem+json").body("detail", containsString("nope"));
        }
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post(path(tenant) + "/nope/approve").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readEndpointsRefuseOutsiders() {
        String tenant = GovernanceFixture.newTenant();
        String id = requestTenantWide(tenant);
        TenantWall.assertRefusesOutsiders(path(tenant), tenant, "globex");
        TenantWall.assertRefusesOutsiders(path(tenant) + "/" + id, tenant, "globex");
        TenantWall.assertRefusesOutsiders(path(tenant) + "/" + id + "/audit", tenant, "globex");
    }

    @Test
    void writesNeedTheRightRoleAndTenant() {
        String tenant = GovernanceFixture.newTenant();
        String id = requestTenantWide(tenant);
        String body = scoped("{\"kind\":\"TENANT\"}", inDays(3));

        given().auth().oauth2(TestTokens.auditor(tenant)).contentType("application/json").body(body)
                .post(path(tenant)).then().statusCode(403);
        given().contentType("application/json").body(body).post(path(tenant)).then().statusCode(401);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType("application/json").body(body)
                .post(path(tenant)).then().statusCode(404).contentType("application/problem+json");
        for (String action : List.of("approve", "reject", "revoke")) {
            String actionPath = path(tenant) + "/" + id + "/" + action;
            given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/json").body("{}")
                    .post(actionPath).then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor(tenant)).contentType("application/json").body("{}")
                    .post(actionPath).then().statusCode(403);
            given().contentType("application/json").body("{}").post(actionPath).then().statusCode(401);
            given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType("application/json").body("{}")
                    .post(actionPath).then().statusCode(404);
            given().auth().oauth2(TestTokens.user("x", Set.of(), List.of(tenant))).contentType("application/json")
                    .body("{}").post(actionPath).then()
                    .statusCode(403);
        }
        given().auth().oauth2(TestTokens.platformAdmin()).contentType("application/json").body("{}")
                .post(path(tenant) + "/" + id + "/approve").then()
                .statusCode(200).body("decidedBy", equalTo("msp-operator"));
    }

    @Test
    void anotherTenantsExceptionIsNotFoundEvenWithItsId() {
        String tenant = GovernanceFixture.newTenant();
        String other = GovernanceFixture.newTenant();
        String id = requestTenantWide(tenant);
        given().auth().oauth2(TestTokens.tenantAdmin(other)).get(path(other) + "/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.tenantAdmin(other)).contentType("application/json").body("{}")
                .post(path(other) + "/" + id + "/revoke").then()
                .statusCode(404);
    }
}
