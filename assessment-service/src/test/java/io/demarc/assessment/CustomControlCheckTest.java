package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Checking a control's expressions and trying them on the tenant's resources, both without saving anything. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class CustomControlCheckTest {

    static final String NO_SSH = "item.configuration.ipPermissions.all(p, !has(p.fromPort) || p.fromPort != 22)";
    static final String SG = "AWS::EC2::SecurityGroup";

    @Inject
    MessagingHarness harness;

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String path(String tenant) {
        return "/api/v1/tenants/" + tenant + "/custom-controls";
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> check(String expression, List<String> types) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("expression", expression);
        if (types != null) {
            body.put("resourceTypes", types);
        }
        return body;
    }

    @Test
    void aGoodExpressionIsValidAndNothingIsSaved() {
        String tenant = newTenant();
        Map<String, Object> body = check(NO_SSH, List.of(SG));
        body.put("applicability", "has(item.configuration.ipPermissions)");

        as(TestTokens.tenantAdmin(tenant)).body(body).post(path(tenant) + "/validate").then().statusCode(200)
                .body("valid", equalTo(true)).body("checked", equalTo(List.of("expression", "applicability")));
        as(TestTokens.tenantAdmin(tenant)).body(check("true", null)).post(path(tenant) + "/validate").then()
                .statusCode(200).body("valid", equalTo(true));
        as(TestTokens.analyst(tenant)).get(path(tenant)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aBadExpressionIsTheProblemCreatingWouldAnswerWithLineAndColumn() {
        String tenant = newTenant();

        as(TestTokens.tenantAdmin(tenant)).body(check("item.configuration.ipPermissions.all(p,\n    p.fromPort != )",
                null)).post(path(tenant) + "/validate").then().statusCode(400).contentType("application/problem+json")
                .body("field", equalTo("expression")).body("line", equalTo(2)).body("column", equalTo(19))
                .body("detail", containsString("line 2, column 19"));
        as(TestTokens.tenantAdmin(tenant)).body(check("true && itme.tags.size() > 0", null))
                .post(path(tenant) + "/validate").then().statusCode(400).body("line", equalTo(1))
                .body("column", equalTo(9));
        as(TestTokens.tenantAdmin(tenant)).body(check("item.resourceType", null)).post(path(tenant) + "/validate")
                .then().statusCode(400).body("detail", containsString("bool"));
        Map<String, Object> badApplicability = check("true", null);
        badApplicability.put("applicability", "item.resourceType =");
        as(TestTokens.tenantAdmin(tenant)).body(badApplicability).post(path(tenant) + "/validate").then()
                .statusCode(400).body("field", equalTo("applicability"));
        as(TestTokens.tenantAdmin(tenant)).body(check("(".repeat(200) + "true" + ")".repeat(200), null))
                .post(path(tenant) + "/validate").then().statusCode(400).body("field", equalTo("expression"));
        as(TestTokens.tenantAdmin(tenant)).body(check("true", List.of("S3 bucket"))).post(path(tenant) + "/validate")
                .then().statusCode(400).body("field", equalTo("resourceTypes"));
        as(TestTokens.tenantAdmin(tenant)).body(Map.of()).post(path(tenant) + "/validate").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aDryRunCountsTheTenantsCurrentResourcesAndNamesTheFailingOnes() {
        String tenant = newTenant();
        ConfigurationItem open = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, open));
        harness.send(ResourceEvents.upserted(newTenant(), open));
        harness.settledFindings(tenant);

        as(TestTokens.platformAdmin()).body(check(NO_SSH, List.of(SG))).post(path(tenant) + "/dry-run").then()
                .statusCode(200).body("resourceTypes", equalTo(List.of(SG))).body("evaluated", equalTo(1))
                .body("limited", equalTo(false)).body("fail", equalTo(1)).body("pass", equalTo(0))
                .body("error", equalTo(0)).body("failing", hasSize(1))
                .body("failing[0].resourceId", equalTo(open.resourceId()))
                .body("failing[0].accountId", equalTo(open.accountId()));
        as(TestTokens.tenantAdmin(tenant)).body(check("true", List.of(SG))).post(path(tenant) + "/dry-run").then()
                .statusCode(200).body("evaluated", equalTo(1)).body("pass", equalTo(1)).body("fail", equalTo(0));
        as(TestTokens.tenantAdmin(tenant)).body(check("true", List.of("AWS::S3::Bucket")))
                .post(path(tenant) + "/dry-run").then().statusCode(200).body("evaluated", equalTo(0))
                .body("failing", hasSize(0));
        // Nothing was saved or announced: the tenant still has no control of its own.
        as(TestTokens.analyst(tenant)).get(path(tenant)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aDryRunNeedsTypesAndACompilingExpression() {
        String tenant = newTenant();

        as(TestTokens.tenantAdmin(tenant)).body(check("true", null)).post(path(tenant) + "/dry-run").then()
                .statusCode(400).body("field", equalTo("resourceTypes"));
        as(TestTokens.tenantAdmin(tenant)).body(check("item.", List.of(SG))).post(path(tenant) + "/dry-run").then()
                .statusCode(400).body("field", equalTo("expression")).body("line", equalTo(1));
    }

    @Test
    void onlyAdministratorsOfTheTenantCheck() {
        String tenant = newTenant();
        for (String token : List.of(TestTokens.analyst(tenant), TestTokens.auditor(tenant))) {
            as(token).body(check("true", List.of(SG))).post(path(tenant) + "/validate").then().statusCode(403);
            as(token).body(check("true", List.of(SG))).post(path(tenant) + "/dry-run").then().statusCode(403);
        }
        as(TestTokens.tenantAdmin(newTenant())).body(check("true", List.of(SG))).post(path(tenant) + "/dry-run")
                .then().statusCode(404);
        given().contentType(ContentType.JSON).body(check("true", null)).post(path(tenant) + "/validate").then()
                .statusCode(401);
    }
}
