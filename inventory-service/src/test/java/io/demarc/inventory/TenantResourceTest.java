package io.demarc.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

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

/**
 * Tenant management by platform-admins. Keycloak's admin REST API is a WireMock stub standing in for Keycloak (the
 * OIDC WireMock server of quarkus-test-oidc-server), see {@link Tenancy}.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class TenantResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @OidcWireMock
    WireMockServer keycloak;

    @BeforeEach
    void keycloakAcceptsOrganizations() {
        Tenancy.stubKeycloak(keycloak);
    }

    @Test
    void createsATenantAndItsKeycloakOrganization() {
        String id = ConfigItems.newTenant();

        create("{\"id\":\"" + id + "\",\"name\":\"Acme Widgets\",\"domains\":[\"widgets.example\"]}")
                .statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/tenants/" + id))
                .body("id", equalTo(id)).body("name", equalTo("Acme Widgets")).body("status", equalTo("ACTIVE"))
                .body("externalId", equalTo(null));

        keycloak.verify(1, postRequestedFor(urlEqualTo(Tenancy.ORGANIZATIONS_PATH))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + Tenancy.ADMIN_TOKEN))
                .withRequestBody(matchingJsonPath("$.alias", WireMock.equalTo(id)))
                .withRequestBody(matchingJsonPath("$.name", WireMock.equalTo("Acme Widgets")))
                .withRequestBody(matchingJsonPath("$.enabled", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.domains[0].name", WireMock.equalTo("widgets.example"))));
        asPlatformAdmin().get("/api/v1/tenants/{t}", id).then().statusCode(200).body("name",
                equalTo("Acme Widgets"));
    }

    @Test
    void anOrganizationThatKeycloakAlreadyHasIsUsed() {
        String id = ConfigItems.newTenant();
        keycloak.stubFor(post(urlEqualTo(Tenancy.ORGANIZATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.alias", WireMock.equalTo(id))).atPriority(1)
                .willReturn(aResponse().withStatus(409)
                        .withBody("{\"errorMessage\":\"A organization with the same name already exists.\"}")));

        create("{\"id\":\"" + id + "\",\"name\":\"Existing\"}").statusCode(201).body("id", equalTo(id));
    }

    @Test
    void whenKeycloakRefusesTheTenantIsNotCreated() {
        String id = ConfigItems.newTenant();
        keycloak.stubFor(post(urlEqualTo(Tenancy.ORGANIZATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.alias", WireMock.equalTo(id))).atPriority(1)
                .willReturn(aResponse().withStatus(403)));

        create("{\"id\":\"" + id + "\",\"name\":\"Refused\"}").statusCode(502).contentType(PROBLEM_JSON)
                .body("detail", containsString("Keycloak refused to create organization '" + id + "' (HTTP 403)"))
                .body("detail", not(containsString("test-only-not-a-secret")));
        asPlatformAdmin().get("/api/v1/tenants/{t}", id).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void whenKeycloakCannotBeReachedTheTenantIsNotCreated() {
        String id = ConfigItems.newTenant();
        keycloak.stubFor(post(urlEqualTo(Tenancy.ORGANIZATIONS_PATH))
                .withRequestBody(matchingJsonPath("$.alias", WireMock.equalTo(id))).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        create("{\"id\":\"" + id + "\",\"name\":\"Unreachable\"}").statusCode(502).contentType(PROBLEM_JSON)
                .body("detail", containsString("could not be reached"));
        asPlatformAdmin().get("/api/v1/tenants/{t}", id).then().statusCode(404);
    }

    @Test
    void aDuplicateIsAConflict() {
        String id = Tenancy.newTenant();

        create("{\"id\":\"" + id + "\",\"name\":\"Again\"}").statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", equalTo("Tenant '" + id + "' already exists."));
    }

    @Test
    void refusesBadTenantsNamingTheField() {
        create("{\"id\":\"Acme Corp\",\"name\":\"Acme\"}").statusCode(400).contentType(PROBLEM_JSON)
                .body("violations[0].field", equalTo("id"));
        create("{\"id\":\"-acme\",\"name\":\"Acme\"}").statusCode(400).body("violations[0].field", equalTo("id"));
        create("{\"id\":\"a\",\"name\":\"Acme\"}").statusCode(400).body("violations[0].field", equalTo("id"));
        create("{\"id\":\"acme-" + "x".repeat(63) + "\",\"name\":\"Acme\"}").statusCode(400)
                .body("violations[0].field", equalTo("id"));
        create("{\"id\":\"acme-2\"}").statusCode(400).body("violations[0].field", equalTo("name"));
        create("{\"id\":\"acme-2\",\"name\":\"A\",\"domains\":[\"Not A Domain\"]}").statusCode(400)
                .body("violations[0].field", containsString("domains"));
        create("{\"id\":\"acme-2\",").statusCode(400).contentType(PROBLEM_JSON);
        create("").statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void listsTenantsInPages() {
        String first = Tenancy.newTenant();
        Tenancy.newTenant();

        asPlatformAdmin().get("/api/v1/tenants").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(2)).body("items.id", hasItem(first));
        asPlatformAdmin().queryParam("size", 1).get("/api/v1/tenants").then().statusCode(200)
                .body("items", hasSize(1)).body("size", equalTo(1));
        asPlatformAdmin().queryParam("size", 501).get("/api/v1/tenants").then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void renamesSuspendsAndResumes() {
        String id = Tenancy.newTenant();

        asPlatformAdmin().contentType(ContentType.JSON).body("{\"name\":\"Renamed Inc\"}")
                .patch("/api/v1/tenants/{t}", id).then().statusCode(200).body("name", equalTo("Renamed Inc"))
                .body("id", equalTo(id));
        asPlatformAdmin().contentType(ContentType.JSON).body("{\"name\":\" \"}").patch("/api/v1/tenants/{t}", id)
                .then().statusCode(400).body("violations[0].field", equalTo("name"));
        asPlatformAdmin().post("/api/v1/tenants/{t}/suspend", id).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        asPlatformAdmin().post("/api/v1/tenants/{t}/suspend", id).then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        asPlatformAdmin().post("/api/v1/tenants/{t}/resume", id).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        asPlatformAdmin().post("/api/v1/tenants/{t}/suspend", "t-unknown0").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("detail", containsString("not registered"));
    }

    @Test
    void aSuspendedTenantsImportsAreRefusedUntilResumed() {
        String id = Tenancy.newTenant();
        asPlatformAdmin().post("/api/v1/tenants/{t}/suspend", id).then().statusCode(200);

        importInto(id).statusCode(409).contentType(PROBLEM_JSON).body("title", equalTo("Tenant suspended"));
        given().auth().oauth2(TestTokens.analyst(id)).contentType(ContentType.JSON)
                .body(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).post("/api/v1/tenants/{t}/imports", id).then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.analyst(id)).get("/api/v1/tenants/{t}/resources", id).then()
                .statusCode(200).body("items.size()", equalTo(0));

        asPlatformAdmin().post("/api/v1/tenants/{t}/resume", id).then().statusCode(200);
        importInto(id).statusCode(200).body("stored", equalTo(1));
    }

    @Test
    void onlyPlatformAdminsManageTenants() {
        String id = Tenancy.newTenant();
        String body = "{\"id\":\"" + ConfigItems.newTenant() + "\",\"name\":\"X\"}";

        given().contentType(ContentType.JSON).body(body).post("/api/v1/tenants").then().statusCode(401);
        given().get("/api/v1/tenants").then().statusCode(401);
        given().get("/api/v1/tenants/{t}", id).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{\"name\":\"Mine\"}").patch("/api/v1/tenants/{t}", id).then()
                .statusCode(401);
        given().post("/api/v1/tenants/{t}/suspend", id).then().statusCode(401);
        given().post("/api/v1/tenants/{t}/resume", id).then().statusCode(401);
        given().auth().oauth2(TestTokens.forAnotherAudience(id)).get("/api/v1/tenants").then().statusCode(401);
        for (String token : new String[]{TestTokens.tenantAdmin(id), TestTokens.analyst(id),
                TestTokens.auditor(id)}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/tenants").then()
                    .statusCode(403);
            given().auth().oauth2(token).get("/api/v1/tenants").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"name\":\"Mine\"}")
                    .patch("/api/v1/tenants/{t}", id).then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/tenants/{t}/suspend", id).then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/tenants/{t}/resume", id).then().statusCode(403);
        }
    }

    @Test
    void aTenantsOwnUsersReadItAndNobodyElseSeesIt() {
        String id = Tenancy.newTenant();

        for (String token : new String[]{TestTokens.tenantAdmin(id), TestTokens.analyst(id),
                TestTokens.auditor(id)}) {
            given().auth().oauth2(token).get("/api/v1/tenants/{t}", id).then().statusCode(200)
                    .body("id", equalTo(id));
        }
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).get("/api/v1/tenants/{t}", id).then()
                .statusCode(404).contentType(PROBLEM_JSON);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).post("/api/v1/tenants/{t}/suspend", id).then()
                .statusCode(404);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType(ContentType.JSON)
                .body("{\"name\":\"Mine\"}").patch("/api/v1/tenants/{t}", id).then().statusCode(404);
    }

    private static ValidatableResponse create(String body) {
        return asPlatformAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/tenants").then();
    }

    private static RequestSpecification asPlatformAdmin() {
        return given().auth().oauth2(TestTokens.platformAdmin());
    }

    private static ValidatableResponse importInto(String tenant) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).post("/api/v1/tenants/{t}/imports", tenant)
                .then();
    }
}
