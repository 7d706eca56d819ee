package io.demarc.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Who may import and read: 401 without a valid token, 403 for the wrong role, 404 for another tenant's path. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class AccessTest {

    static final String ACME = "acme";
    static final String GLOBEX = "globex";

    long acmeResourceId;

    @OidcWireMock
    WireMockServer wireMock;

    @BeforeEach
    void acmeHasASecurityGroup() {
        importAs(TestTokens.tenantAdmin(ACME), ACME).statusCode(200);
        acmeResourceId = given().auth().oauth2(TestTokens.analyst(ACME)).get("/api/v1/tenants/acme/resources")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
    }

    @Test
    void importsNeedATenantAdminOrPlatformAdmin() {
        importAs(null, ACME).statusCode(401);
        importAs(TestTokens.forAnotherAudience(ACME), ACME).statusCode(401);
        importAs(TestTokens.analyst(ACME), ACME).statusCode(403);
        importAs(TestTokens.auditor(ACME), ACME).statusCode(403);
        importAs(TestTokens.tenantAdmin(GLOBEX), ACME).statusCode(404).contentType("application/problem+json");
        importAs(TestTokens.analyst(GLOBEX), ACME).statusCode(404);
        importAs(TestTokens.tenantAdmin(ACME), ACME).statusCode(200).body("unchanged", equalTo(1));
    }

    @Test
    void aPlatformAdminImportsIntoAnyTenant() {
        String tenant = ConfigItems.newTenant();

        importAs(TestTokens.platformAdmin(), tenant).statusCode(200).body("stored", equalTo(1));
        given().auth().oauth2(TestTokens.platformAdmin()).get("/api/v1/tenants/{t}/resources", tenant).then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void everyRoleOfTheTenantReadsResources() {
        for (String token : new String[]{TestTokens.tenantAdmin(ACME), TestTokens.analyst(ACME),
                TestTokens.auditor(ACME), TestTokens.platformAdmin()}) {
            as(token).get("/api/v1/tenants/acme/resources").then().statusCode(200).body("items.size()", equalTo(1));
            as(token).get("/api/v1/tenants/acme/resources/{id}", acmeResourceId).then().statusCode(200)
                    .body("resourceId", equalTo(ConfigItems.SG_ID));
        }
    }

    @Test
    void readingNeedsAValidToken() {
        given().get("/api/v1/tenants/acme/resources").then().statusCode(401);
        given().get("/api/v1/tenants/acme/resources/{id}", acmeResourceId).then().statusCode(401);
        as(TestTokens.forAnotherAudience(ACME)).get("/api/v1/tenants/acme/resources").then().statusCode(401);
    }

    @Test
    void anotherTenantSeesNothingOfAcme() {
        String globex = TestTokens.tenantAdmin(GLOBEX);

        as(globex).get("/api/v1/tenants/acme/resources").then().statusCode(404)
                .contentType("application/problem+json");
        as(globex).get("/api/v1/tenants/acme/resources/{id}", acmeResourceId).then().statusCode(404);
        as(globex).get("/api/v1/tenants/globex/resources").then().statusCode(200).body("items.size()", equalTo(0));
        as(globex).get("/api/v1/tenants/globex/resources/{id}", acmeResourceId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anEncodedSlashInTheTenantSegmentEndsAtTheWall() {
        String acme = TestTokens.tenantAdmin(ACME);

        for (String segment : new String[]{"acme%2F..%2Fglobex", "acme%2fglobex", "acme%2F", "%2E%2E"}) {
            given().urlEncodingEnabled(false).auth().oauth2(acme).get("/api/v1/tenants/" + segment + "/resources")
                    .then().statusCode(404).contentType("application/problem+json");
        }
        // Encoding a plain id changes nothing: it is still acme.
        given().urlEncodingEnabled(false).auth().oauth2(acme).get("/api/v1/tenants/%61cme/resources").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void aTamperedOrUnsignedTokenIsRefusedWithoutAskingKeycloak() {
        String valid = TestTokens.analyst(ACME);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + ".";
        wireMock.resetRequests();

        for (String token : new String[]{tampered, unsigned}) {
            as(token).get("/api/v1/tenants/acme/resources").then().statusCode(401);
        }

        // A bad token costs no remote call: no introspection request reached the identity provider.
        wireMock.verify(0, postRequestedFor(urlPathMatching(".*introspect.*")));
    }

    @Test
    void aTenantNamedInTheBodyIsIgnored() {
        String tenant = ConfigItems.newTenant();
        var item = ConfigItems.securityGroup().put("tenantId", GLOBEX).put("tenant", GLOBEX);

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(ConfigItems.json(item)).post("/api/v1/tenants/{t}/imports", tenant).then().statusCode(200)
                .body("stored", equalTo(1));

        as(TestTokens.tenantAdmin(tenant)).get("/api/v1/tenants/{t}/resources", tenant).then()
                .body("items.size()", equalTo(1));
        as(TestTokens.tenantAdmin(GLOBEX)).get("/api/v1/tenants/globex/resources").then().body("items.size()",
                equalTo(0));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    private static ValidatableResponse importAs(String token, String tenant) {
        RequestSpecification request = token == null ? given() : as(token);
        return request.contentType(ContentType.JSON).body(ConfigItems.bytes(ConfigItems.SECURITY_GROUP))
                .post("/api/v1/tenants/{t}/imports", tenant).then();
    }
}
