package io.demarc.inventory;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class PingTest {
    @Test
    void ping() {
        given().auth().oauth2(TestTokens.tenantAdmin("acme")).get("/api/v1/tenants/acme/ping").then().statusCode(200);
        given().auth().oauth2(TestTokens.tenantAdmin("acme")).get("/api/v1/tenants/globex/ping").then().statusCode(404)
                .log().all();
        given().auth().oauth2(TestTokens.analyst("acme")).get("/api/v1/tenants/acme/ping").then().statusCode(403);
        given().auth().oauth2(TestTokens.analyst("acme")).get("/api/v1/tenants/globex/ping").then().statusCode(404);
        given().get("/api/v1/tenants/acme/ping").then().statusCode(401);
        given().auth().oauth2(TestTokens.forAnotherAudience("acme")).get("/api/v1/tenants/acme/ping").then()
                .statusCode(401);
        given().get("/q/health/ready").then().statusCode(200).log().all();
    }
}
