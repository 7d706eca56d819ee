package io.demarc.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Renaming, suspending and resuming a tenant reach its Keycloak Organization through the admin API. Keycloak is a
 * WireMock stand-in (the OIDC WireMock server) holding more organizations than one page, the tenant's on the second.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class TenantKeycloakSyncTest {

    @OidcWireMock
    WireMockServer keycloak;

    final List<StubMapping> stubs = new ArrayList<>();
    String tenant;
    /** Keycloak's id of the tenant's organization, one per test: WireMock's request journal outlives a test. */
    String orgId;

    @BeforeEach
    void keycloakHoldsTheTenantsOrganizationOnItsSecondPage() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
        orgId = "org-" + tenant;
        String others = String.join(",", IntStream.range(0, 100)
                .mapToObj(i -> "{\"id\":\"other-" + i + "\",\"alias\":\"other-" + i + "\",\"name\":\"Other\"}")
                .toList());
        stubs.add(keycloak.stubFor(get(urlPathEqualTo(Tenancy.ORGANIZATIONS_PATH)).atPriority(1)
                .withQueryParam("first", equalTo("0")).withQueryParam("briefRepresentation", equalTo("false"))
                .willReturn(okJson("[" + others + "]"))));
        stubs.add(keycloak.stubFor(get(urlPathEqualTo(Tenancy.ORGANIZATIONS_PATH)).atPriority(1)
                .withQueryParam("first", equalTo("100")).willReturn(okJson("[{\"id\":\"" + orgId + "\",\"alias\":\""
                        + tenant + "\",\"name\":\"Tenant " + tenant + "\",\"enabled\":true,\"description\":\"kept\","
                        + "\"domains\":[{\"name\":\"acme.example\",\"verified\":true}],"
                        + "\"attributes\":{\"tier\":[\"gold\"]}}]"))));
    }

    @AfterEach
    void forgetTheStubs() {
        stubs.forEach(keycloak::removeStub);
    }

    @Test
    void renamingRenamesTheOrganizationAndKeepsEverythingElse() {
        admin().contentType(ContentType.JSON).body("{\"name\":\"  Acme Holding  \"}")
                .patch("/api/v1/tenants/{t}", tenant).then().statusCode(200)
                .body("name", is("Acme Holding"));

        keycloak.verify(1, putRequestedFor(urlEqualTo(Tenancy.ORGANIZATIONS_PATH + "/" + orgId))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + Tenancy.ADMIN_TOKEN))
                .withRequestBody(matchingJsonPath("$.name", WireMock.equalTo("Acme Holding")))
                .withRequestBody(matchingJsonPath("$.alias", WireMock.equalTo(tenant)))
                .withRequestBody(matchingJsonPath("$.enabled", WireMock.equalTo("true")))
                .withRequestBody(matchingJsonPath("$.description", WireMock.equalTo("kept")))
                .withRequestBody(matchingJsonPath("$.domains[0].name", WireMock.equalTo("acme.example")))
                .withRequestBody(matchingJsonPath("$.attributes.tier[0]", WireMock.equalTo("gold"))));
    }

    @Test
    void suspendingDisablesTheOrganizationAndResumingEnablesIt() {
        admin().post("/api/v1/tenants/{t}/suspend", tenant).then().statusCode(200)
                .body("status", is("SUSPENDED"));
        keycloak.verify(1, putRequestedFor(urlEqualTo(Tenancy.ORGANIZATIONS_PATH + "/" + orgId))
                .withRequestBody(matchingJsonPath("$.enabled", WireMock.equalTo("false"))));

        admin().post("/api/v1/tenants/{t}/suspend", tenant).then().statusCode(200);
        keycloak.verify(1, putRequestedFor(urlEqualTo(Tenancy.ORGANIZATIONS_PATH + "/" + orgId)));

        admin().post("/api/v1/tenants/{t}/resume", tenant).then().statusCode(200)
                .body("status", is("ACTIVE"));
        keycloak.verify(1, putRequestedFor(urlEqualTo(Tenancy.ORGANIZATIONS_PATH + "/" + orgId))
                .withRequestBody(matchingJsonPath("$.enabled", WireMock.equalTo("true"))));
    }

    @Test
    void whenKeycloakRefusesTheUpdateNothingChangesHere() {
        stubs.add(keycloak.stubFor(put(urlEqualTo(Tenancy.ORGANIZATIONS_PATH + "/" + orgId)).atPriority(1)
                .willReturn(aResponse().withStatus(403))));

        admin().post("/api/v1/tenants/{t}/suspend", tenant).then().statusCode(502)
                .contentType("application/problem+json")
                .body("detail", containsString("the tenant was not suspended"));
        admin().contentType(ContentType.JSON).body("{\"name\":\"Renamed\"}").patch("/api/v1/tenants/{t}", tenant)
                .then().statusCode(502).contentType("application/problem+json");

        admin().get("/api/v1/tenants/{t}", tenant).then().statusCode(200)
                .body("status", is("ACTIVE"))
                .body("name", is("Tenant " + tenant));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.platformAdmin());
    }
}
