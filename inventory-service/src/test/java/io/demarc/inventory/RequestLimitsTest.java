package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Rate limits on imports per tenant and size limits per endpoint, with limits low enough to reach in a test. */
@QuarkusTest
@TestProfile(RequestLimitsTest.LowLimits.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class RequestLimitsTest {

    /** Two imports at once, then one a minute; management bodies of at most 1 KB. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("demarc.inventory.import.rate.burst", "2", "demarc.inventory.import.rate.per-minute", "1",
                    "demarc.inventory.limits.max-json-body-bytes", "1024");
        }
    }

    @Inject
    InventoryProbe probe;

    @Test
    void aTenantsImportsBeyondTheRateAreRefusedWithRetryAfterAndOthersAreNotSlowed() {
        String tenant = ConfigItems.newTenant();
        importInto(tenant).statusCode(200);
        importInto(tenant).statusCode(200);

        String retryAfter = importInto(tenant).statusCode(429).contentType("application/problem+json")
                .body("title", equalTo("Too Many Requests")).body("detail", containsString("retry in"))
                .extract().header("Retry-After");
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/zip").body(new byte[]{1})
                .post("/api/v1/tenants/{t}/imports/recordings", tenant).then().statusCode(429);

        importInto(ConfigItems.newTenant()).statusCode(200);
        assertThat(probe.resourceCount(tenant)).isEqualTo(1);
    }

    @Test
    void oversizedManagementBodiesAreRefusedBeforeReading() {
        given().auth().oauth2(TestTokens.platformAdmin()).contentType(ContentType.JSON)
                .body("{\"id\":\"big\",\"name\":\"" + "x".repeat(2000) + "\"}").post("/api/v1/tenants").then()
                .statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 1024 bytes"));
    }

    private ValidatableResponse importInto(String tenant) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(ConfigItems.bytes(ConfigItems.SECURITY_GROUP)).post("/api/v1/tenants/{t}/imports", tenant)
                .then();
    }
}
