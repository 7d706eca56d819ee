package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.assigned;
import static io.demarc.ownership.OwnershipApi.createTeam;
import static io.demarc.ownership.OwnershipApi.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Teams: created, renamed, listed by name a page at a time, deleted only when they own nothing now. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class TeamResourceTest {

    @Test
    void createsReadsUpdatesAndDeletesATeam() {
        String tenant = newTenant();
        String id = admin(tenant).body(Map.of("name", "Platform", "contactEmail", "platform@example.com",
                "keycloakGroup", "/platform")).post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(201)
                .header("Location", containsString("/teams/")).body("name", equalTo("Platform"))
                .body("keycloakGroup", equalTo("/platform")).body("createdAt", notNullValue())
                .extract().path("teamId");

        admin(tenant).body(Map.of("name", "Platform Engineering", "contactEmail", "pe@example.com"))
                .put("/api/v1/tenants/{t}/teams/{id}", tenant, id).then().statusCode(200)
                .body("name", equalTo("Platform Engineering")).body("keycloakGroup", nullValue());
        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/{t}/teams/{id}", tenant, id).then()
                .statusCode(200).body("contactEmail", equalTo("pe@example.com"));

        admin(tenant).delete("/api/v1/tenants/{t}/teams/{id}", tenant, id).then().statusCode(204);
        admin(tenant).get("/api/v1/tenants/{t}/teams/{id}", tenant, id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void listsTeamsByNameWithACursor() {
        String tenant = newTenant();
        createTeam(tenant, "Charlie");
        createTeam(tenant, "Alpha");
        createTeam(tenant, "Bravo");

        String next = admin(tenant).get("/api/v1/tenants/{t}/teams?limit=2", tenant).then().statusCode(200)
                .body("items.name", contains("Alpha", "Bravo")).body("limit", equalTo(2))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        admin(tenant).get("/api/v1/tenants/{t}/teams?limit=2&cursor=" + next, tenant).then().statusCode(200)
                .body("items.name", contains("Charlie")).body("nextCursor", nullValue());
        admin(tenant).get("/api/v1/tenants/{t}/teams?limit=501", tenant).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit"));
    }

    @Test
    void refusesBadTeams() {
        String tenant = newTenant();
        createTeam(tenant, "Data");
        admin(tenant).body(Map.of("name", "Ops", "contactEmail", "not-an-address"))
                .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("contactEmail"));
        admin(tenant).body(Map.of("contactEmail", "ops@example.com")).post("/api/v1/tenants/{t}/teams", tenant)
                .then().statusCode(400).body("detail", containsString("name is required"));
        admin(tenant).body(Map.of("name", "Data", "contactEmail", "data2@example.com"))
                .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already has a team named"));
        admin(tenant).body("{\"name\": ").post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(400)
                .contentType("application/problem+json");
        admin(tenant).get("/api/v1/tenants/{t}/teams", tenant).then().body("items", hasSize(1));
    }

    @Test
    void aTeamThatOwnsSomethingCannotBeDeleted() {
        String tenant = newTenant();
        String team = createTeam(tenant, "Network");
        String assignment = assigned(tenant, team, "network-configuration", "TENANT", null);

        admin(tenant).delete("/api/v1/tenants/{t}/teams/{id}", tenant, team).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", allOf(containsString(assignment), containsString("network-configuration")));

        admin(tenant).post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, assignment).then().statusCode(200);
        admin(tenant).delete("/api/v1/tenants/{t}/teams/{id}", tenant, team).then().statusCode(204);
    }

    @Test
    void onlyAdminsWriteAndOtherTenantsSeeNothing() {
        String tenant = newTenant();
        String team = createTeam(tenant, "Security");
        Map<String, String> body = Map.of("name", "X", "contactEmail", "x@example.com");
        for (String token : new String[]{TestTokens.analyst(tenant), TestTokens.auditor(tenant)}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/tenants/{t}/teams/{id}", tenant, team).then().statusCode(403);
            given().auth().oauth2(token).delete("/api/v1/tenants/{t}/teams/{id}", tenant, team).then()
                    .statusCode(403);
        }
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(404);
        given().auth().oauth2(TestTokens.tenantAdmin("globex"))
                .delete("/api/v1/tenants/{t}/teams/{id}", tenant, team).then().statusCode(404);
        given().contentType(ContentType.JSON).body(body).post("/api/v1/tenants/{t}/teams", tenant).then()
                .statusCode(401);
        // The platform admin may act in any tenant.
        given().auth().oauth2(TestTokens.platformAdmin()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/tenants/{t}/teams", tenant).then().statusCode(201);
    }

    private static RequestSpecification admin(String tenant) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON);
    }
}
