package io.demarc.inventory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;

import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.demarc.testing.TestTokens;
import io.restassured.http.ContentType;

/**
 * Tenants and accounts for the tests, and the stand-in for Keycloak's admin REST API: stubs on the WireMock server of
 * quarkus-test-oidc-server ({@code %test.demarc.keycloak.admin.base-url=${keycloak.url}}), answering a
 * client-credentials token request and organization creation as Keycloak 26 does.
 */
final class Tenancy {

    static final String TOKEN_PATH = "/auth/realms/demarc/protocol/openid-connect/token";
    static final String ORGANIZATIONS_PATH = "/auth/admin/realms/demarc/organizations";
    static final String ADMIN_TOKEN = "kc-admin-token";

    private Tenancy() {
    }

    /**
     * Keycloak accepting the test client's credentials, creating any organization, listing none (so renames and
     * suspensions find nothing to change there) and accepting any update.
     */
    static void stubKeycloak(WireMockServer keycloak) {
        keycloak.stubFor(post(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=demarc-tenant-admin"))
                .withRequestBody(containing("client_secret=test-only-not-a-secret"))
                .willReturn(okJson("{\"access_token\":\"" + ADMIN_TOKEN + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":300}")));
        keycloak.stubFor(post(urlEqualTo(ORGANIZATIONS_PATH))
                .withHeader("Authorization", equalTo("Bearer " + ADMIN_TOKEN))
                .willReturn(aResponse().withStatus(201)));
        keycloak.stubFor(get(urlPathEqualTo(ORGANIZATIONS_PATH))
                .withHeader("Authorization", equalTo("Bearer " + ADMIN_TOKEN)).willReturn(okJson("[]")));
        keycloak.stubFor(put(urlPathMatching(ORGANIZATIONS_PATH + "/[^/]+"))
                .withHeader("Authorization", equalTo("Bearer " + ADMIN_TOKEN))
                .willReturn(aResponse().withStatus(204)));
    }

    /** A registered tenant no other test uses. */
    static String newTenant() {
        String id = ConfigItems.newTenant();
        given().auth().oauth2(TestTokens.platformAdmin()).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Tenant " + id + "\"}").post("/api/v1/tenants").then()
                .statusCode(201);
        return id;
    }

    /** An AWS account id no other test uses. */
    static String newAccountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }

    static String accountJson(String accountId, String name) {
        return "{\"accountId\":\"" + accountId + "\",\"name\":\"" + name + "\",\"environment\":\"production\","
                + "\"regions\":[\"us-east-1\",\"eu-central-1\"],\"collectionInterval\":\"PT1H\"}";
    }
}
