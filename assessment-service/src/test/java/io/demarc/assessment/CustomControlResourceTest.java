package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The custom-control API: who may do what, and what is refused with which problem. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class CustomControlResourceTest {

    static String path(String tenant) {
        return "/api/v1/tenants/" + tenant + "/custom-controls";
    }

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static void create(String tenant, Map<String, Object> body) {
        as(TestTokens.tenantAdmin(tenant)).body(body).post(path(tenant)).then().statusCode(201);
    }

    @Test
    void aTenantAdminCreatesReadsChangesAndDeletesAControl() {
        String tenant = newTenant();
        String id = "custom-no-ssh";

        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.noSsh(id)).post(path(tenant)).then().statusCode(201)
                .header("Location", endsWith(path(tenant) + "/" + id))
                .body("id", equalTo(id)).body("revision", equalTo(1)).body("severity", equalTo("MEDIUM"))
                .body("description", equalTo("No SSH rule at all on our groups"))
                .body("createdBy", equalTo(tenant + "-admin")).body("references.soc2", hasItem("CC6.6"));
        as(TestTokens.auditor(tenant)).get(path(tenant) + "/" + id).then().statusCode(200)
                .body("expression", containsString("fromPort"));

        as(TestTokens.platformAdmin()).body(CustomControls.with(CustomControls.noSsh(null), "severity", "HIGH"))
                .put(path(tenant) + "/" + id).then().statusCode(200).body("severity", equalTo("HIGH"))
                .body("revision", equalTo(2));

        as(TestTokens.tenantAdmin(tenant)).delete(path(tenant) + "/" + id).then().statusCode(204);
        as(TestTokens.analyst(tenant)).get(path(tenant) + "/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).delete(path(tenant) + "/" + id).then().statusCode(404);
    }

    @Test
    void customControlsAreListedWithTheCatalogForTheirTenantOnly() {
        String tenant = newTenant();
        create(tenant, CustomControls.noSsh("custom-listed"));

        as(TestTokens.analyst(tenant)).queryParam("limit", 500).get("/api/v1/tenants/" + tenant + "/controls").then()
                .statusCode(200).body("items.id", hasItem("custom-listed"))
                .body("items.id", hasItem("ec2-sg-ssh-open-world"));
        as(TestTokens.analyst(tenant)).get("/api/v1/tenants/" + tenant + "/controls/custom-listed").then()
                .statusCode(200).body("expression", containsString("fromPort")).body("catalogVersion", nullValue());
        String other = newTenant();
        as(TestTokens.analyst(other)).queryParam("limit", 500).get("/api/v1/tenants/" + other + "/controls").then()
                .statusCode(200).body("items.id", not(hasItem("custom-listed")));
        as(TestTokens.analyst(other)).get("/api/v1/tenants/" + other + "/controls/custom-listed").then()
                .statusCode(404);
    }

    @Test
    void listsByIdWithACursor() {
        String tenant = newTenant();
        for (String id : List.of("custom-c", "custom-a", "custom-b")) {
            create(tenant, CustomControls.noSsh(id));
        }

        String next = as(TestTokens.analyst(tenant)).queryParam("limit", 2).get(path(tenant)).then().statusCode(200)
                .body("items.id", equalTo(List.of("custom-a", "custom-b"))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        as(TestTokens.analyst(tenant)).queryParam("limit", 2).queryParam("cursor", next).get(path(tenant)).then()
                .statusCode(200).body("items.id", equalTo(List.of("custom-c"))).body("nextCursor", nullValue());
        as(TestTokens.analyst(tenant)).queryParam("limit", 501).get(path(tenant)).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit"));
        as(TestTokens.analyst(tenant)).queryParam("cursor", "%%%").get(path(tenant)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aSyntaxErrorIsAnsweredWithItsLineAndColumn() {
        String tenant = newTenant();
        var body = CustomControls.control("custom-broken",
                "item.configuration.ipPermissions.all(p,\n    p.fromPort != )");

        as(TestTokens.tenantAdmin(tenant)).body(body).post(path(tenant)).then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("expression"))
                .body("line", equalTo(2)).body("column", equalTo(19))
                .body("detail", containsString("line 2, column 19"));
    }

    @Test
    void aTypeErrorIsAnsweredWithItsPosition() {
        String tenant = newTenant();

        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.control("custom-typo", "true && itme.tags.size() > 0"))
                .post(path(tenant)).then().statusCode(400).contentType("application/problem+json")
                .body("line", equalTo(1)).body("column", equalTo(9)).body("detail", containsString("itme"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.control("custom-not-bool", "item.resourceType"))
                .post(path(tenant)).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("bool")).body("line", equalTo(1));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(CustomControls.noSsh("custom-bad-applicability"),
                "applicability", "item.resourceType =")).post(path(tenant)).then().statusCode(400)
                .body("field", equalTo("applicability"));
    }

    @Test
    void anExpressionBeyondTheLimitsIsRefused() {
        String tenant = newTenant();
        String deep = "(".repeat(200) + "true" + ")".repeat(200);

        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.control("custom-deep", deep)).post(path(tenant)).then()
                .statusCode(400).contentType("application/problem+json").body("field", equalTo("expression"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.control("custom-long", "true || " + "x".repeat(10_001)))
                .post(path(tenant)).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void refusesBadDefinitionsWithAProblemNamingTheField() {
        String tenant = newTenant();
        var good = CustomControls.noSsh("custom-good");

        as(TestTokens.tenantAdmin(tenant)).body("{\"id\": \"custom-x\", ").post(path(tenant)).then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "id", "no-prefix")).post(path(tenant))
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "domain", "astrology")).post(path(tenant))
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("domain"))
                .body("detail", containsString("astrology"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "resourceTypes", List.of("S3 bucket")))
                .post(path(tenant)).then().statusCode(400).body("field", equalTo("resourceTypes"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "severity", "APOCALYPTIC"))
                .post(path(tenant)).then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "references", Map.of("cis-9", List.of("1"))))
                .post(path(tenant)).then().statusCode(400).body("field", equalTo("references"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.with(good, "title", "")).post(path(tenant)).then()
                .statusCode(400).contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.control(null, "true")).post(path(tenant)).then()
                .statusCode(400).body("field", equalTo("id"));
        as(TestTokens.tenantAdmin(tenant)).get(path(tenant)).then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void refusesADuplicateIdAndAnIdChange() {
        String tenant = newTenant();
        create(tenant, CustomControls.noSsh("custom-once"));

        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.noSsh("custom-once")).post(path(tenant)).then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("exists"));
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.noSsh("custom-other")).put(path(tenant) + "/custom-once")
                .then().statusCode(400).contentType("application/problem+json");
        as(TestTokens.tenantAdmin(tenant)).body(CustomControls.noSsh(null)).put(path(tenant) + "/custom-missing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyAdminsWrite() {
        String tenant = newTenant();
        create(tenant, CustomControls.noSsh("custom-guarded"));

        for (String token : List.of(TestTokens.analyst(tenant), TestTokens.auditor(tenant))) {
            as(token).body(CustomControls.noSsh("custom-new")).post(path(tenant)).then().statusCode(403);
            as(token).body(CustomControls.noSsh(null)).put(path(tenant) + "/custom-guarded").then().statusCode(403);
            as(token).delete(path(tenant) + "/custom-guarded").then().statusCode(403);
        }
    }

    @Test
    void refusesOutsiders() {
        String tenant = newTenant();
        String other = newTenant();
        create(tenant, CustomControls.noSsh("custom-walled"));

        TenantWall.assertRefusesOutsiders(path(tenant), tenant, other);
        TenantWall.assertRefusesOutsiders(path(tenant) + "/custom-walled", tenant, other);
        String outsider = TestTokens.user("no-role", Set.of(), List.of(tenant));
        as(TestTokens.tenantAdmin(other)).body(CustomControls.noSsh("custom-x")).post(path(tenant)).then()
                .statusCode(404).contentType("application/problem+json");
        as(TestTokens.tenantAdmin(other)).body(CustomControls.noSsh(null)).put(path(tenant) + "/custom-walled").then()
                .statusCode(404);
        as(TestTokens.tenantAdmin(other)).delete(path(tenant) + "/custom-walled").then().statusCode(404);
        given().contentType(ContentType.JSON).body(CustomControls.noSsh("custom-x")).post(path(tenant)).then()
                .statusCode(401);
        given().delete(path(tenant) + "/custom-walled").then().statusCode(401);
        as(outsider).body(CustomControls.noSsh("custom-x")).post(path(tenant)).then().statusCode(403);
        as(outsider).delete(path(tenant) + "/custom-walled").then().statusCode(403);
        as(TestTokens.analyst(tenant)).get(path(tenant) + "/custom-walled").then().statusCode(200);
    }
}
