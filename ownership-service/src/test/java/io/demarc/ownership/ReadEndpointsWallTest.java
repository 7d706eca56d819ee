package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.assigned;
import static io.demarc.ownership.OwnershipApi.createTeam;
import static io.restassured.RestAssured.given;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every read endpoint answers every role of its tenant, and refuses other tenants (404), no token (401), no role (403). */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class ReadEndpointsWallTest {

    private static final String TENANT = "wayne";
    private static String team;
    private static String assignment;

    @BeforeEach
    void seedOnce() {
        if (team == null) {
            team = createTeam(TENANT, "Ops");
            assignment = assigned(TENANT, team, "network-configuration", "TENANT", null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"teams", "teams/{team}", "assignments", "assignments/{assignment}",
            "assignments/{assignment}/history", "assignment-history", "duties/unowned", "duties/new", "summary",
            "owners/resolve?resourceType=AWS::S3::Bucket&domain=network-configuration", "teams.csv",
            "assignments.csv", "matrix", "resource-types"})
    void everyRoleOfTheTenantReadsAndOutsidersAreRefused(String endpoint) {
        String path = "/api/v1/tenants/" + TENANT + "/"
                + endpoint.replace("{team}", team).replace("{assignment}", assignment);
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
        TenantWall.assertRefusesOutsiders(path, TENANT, "globex");
    }
}
