package io.demarc.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Set;

/**
 * The refusals every tenant-scoped read endpoint owes: 404 to another tenant, 401 without a valid token, 403 without
 * a role.
 */
public final class TenantWall {

    private TenantWall() {
    }

    /** Asserts them all for a GET of {@code path}, which belongs to {@code tenant} and not to {@code otherTenant}. */
    public static void assertRefusesOutsiders(String path, String tenant, String otherTenant) {
        given().auth().oauth2(TestTokens.analyst(otherTenant)).get(path).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.forAnotherAudience(tenant)).get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("no-role", Set.of(), List.of(tenant))).get(path).then()
                .statusCode(403);
    }
}
