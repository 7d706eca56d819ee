package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.assigned;
import static io.demarc.ownership.OwnershipApi.createTeam;
import static io.demarc.ownership.OwnershipApi.newTenant;
import static io.demarc.ownership.OwnershipApi.published;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.AssignmentChanged;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Teams and assignments as CSV: a file moves between tenants, and a bad one is refused whole, every bad line named. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class CsvImportExportTest {

    private static final String TEAMS = "name,contactEmail,keycloakGroup\n";
    private static final String ASSIGNMENTS = "domain,scopeKind,scopeValue,team,role,effectiveFrom,effectiveTo\n";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void anExportImportsIntoAnotherTenantUnchanged() {
        String source = newTenant();
        String network = createTeam(source, "Network, EMEA");
        String data = createTeam(source, "=HYPERLINK(\"http://example.invalid\",\"Data\")");
        assigned(source, network, "network-configuration", "ACCOUNT", "111122223333");
        assigned(source, data, "encryption-at-rest", "TAG", "classification=confidential");
        String teams = export(source, "teams.csv");
        String assignments = export(source, "assignments.csv");
        assertThat(teams).startsWith(TEAMS).contains("\"Network, EMEA\"");
        // A name that a spreadsheet would run as a formula is exported as text (leading apostrophe) ...
        assertThat(teams).contains("\"'=HYPERLINK(").doesNotContain("\n=HYPERLINK").doesNotContain("\n\"=HYPERLINK");
        assertThat(assignments).contains("'=HYPERLINK(");

        String target = newTenant();
        upload(target, "teams.csv", teams).statusCode(200).body("applied", equalTo(2));
        upload(target, "assignments.csv", assignments).statusCode(200).body("applied", equalTo(2));
        // ... and imported back as the name it was.
        given().auth().oauth2(TestTokens.analyst(target)).get("/api/v1/tenants/{t}/teams", target).then()
                .body("items.name", hasItem("=HYPERLINK(\"http://example.invalid\",\"Data\")"));

        assertThat(export(target, "teams.csv")).isEqualTo(teams);
        assertThat(export(target, "assignments.csv")).isEqualTo(assignments);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                published(connector, target, AssignmentChanged.TYPE, AssignmentChanged.class)).hasSize(2));
        given().auth().oauth2(TestTokens.auditor(target)).get("/api/v1/tenants/{t}/assignment-history", target)
                .then().body("items.change", contains("ASSIGNED", "ASSIGNED"))
                .body("items.actor", contains(target + "-admin", target + "-admin"));
    }

    @Test
    void aTeamFileUpdatesKnownNamesAndAddsNewOnes() {
        String tenant = newTenant();
        createTeam(tenant, "Ops");
        upload(tenant, "teams.csv", TEAMS + "Ops,ops-new@example.com,/ops\nSecurity,sec@example.com,\n")
                .statusCode(200).body("applied", equalTo(2));
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/teams", tenant).then()
                .body("items.name", contains("Ops", "Security"))
                .body("items.contactEmail", contains("ops-new@example.com", "sec@example.com"));
    }

    @Test
    void aBadTeamFileNamesEveryBadLineAndAppliesNothing() {
        String tenant = newTenant();
        upload(tenant, "teams.csv", TEAMS + "Good,good@example.com,\n,nameless@example.com,\nBad,not-mail,\n"
                + "Good,again@example.com,\n").statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3, 4, 5))
                .body("errors[0].message", containsString("name is required"))
                .body("errors[1].message", containsString("contactEmail"))
                .body("errors[2].message", containsString("already on line 2"));
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/teams", tenant).then()
                .body("items", empty());
    }

    @Test
    void aBadAssignmentFileNamesEveryBadLineTiesIncludedAndAppliesNothing() {
        String tenant = newTenant();
        createTeam(tenant, "Ops");
        String file = ASSIGNMENTS
                + "network-configuration,TENANT,,Ops,RESPONSIBLE,2025-01-01,\n"
                + "physical-environmental,TENANT,,Ops,RESPONSIBLE,,\n"
                + "network-configuration,ACCOUNT,12,Ops,RESPONSIBLE,,\n"
                + "network-configuration,TENANT,,Nobody,RESPONSIBLE,,\n"
                + "network-configuration,TENANT,,Ops,BOSS,,\n"
                + "network-configuration,TENANT,,Ops,RESPONSIBLE,yesterday,\n"
                + "network-configuration,TENANT,,Ops,RESPONSIBLE,2025-03-01,\n";
        upload(tenant, "assignments.csv", file).statusCode(400).contentType("application/problem+json")
                .body("errors.line", contains(3, 4, 5, 6, 7, 8))
                .body("errors[0].message", containsString("AWS's for every service model"))
                .body("errors[1].message", containsString("12-digit"))
                .body("errors[2].message", containsString("'Nobody' does not exist"))
                .body("errors[3].message", containsString("role must be one of"))
                .body("errors[4].message", containsString("effectiveFrom must be a date"))
                .body("errors[5].message", containsString("ties with assignment"));
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/assignments", tenant).then()
                .body("items", empty());
    }

    @Test
    void refusesFilesThatAreNotCsvOfTheRightShape() {
        String tenant = newTenant();
        upload(tenant, "teams.csv", "").statusCode(400).contentType("application/problem+json")
                .body("errors[0].line", equalTo(1)).body("errors[0].message", containsString("empty"));
        upload(tenant, "teams.csv", "team,email\nOps,ops@example.com\n").statusCode(400)
                .body("errors[0].message", containsString("lacks column"));
        upload(tenant, "teams.csv", TEAMS + "Ops,ops@example.com,\n\"Broken,x@example.com\n").statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].message", containsString("not well-formed CSV"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post("/api/v1/tenants/{t}/teams.csv", tenant).then().statusCode(415);
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/teams", tenant).then()
                .body("items", empty());
    }

    @Test
    void onlyAdminsImportAndOtherTenantsAreRefused() {
        String tenant = newTenant();
        for (String file : new String[]{"teams.csv", "assignments.csv"}) {
            given().auth().oauth2(TestTokens.analyst(tenant)).contentType("text/csv").body(TEAMS)
                    .post("/api/v1/tenants/{t}/" + file, tenant).then().statusCode(403);
            given().auth().oauth2(TestTokens.auditor(tenant)).contentType("text/csv").body(TEAMS)
                    .post("/api/v1/tenants/{t}/" + file, tenant).then().statusCode(403);
            given().auth().oauth2(TestTokens.tenantAdmin("globex")).contentType("text/csv").body(TEAMS)
                    .post("/api/v1/tenants/{t}/" + file, tenant).then().statusCode(404);
            given().contentType("text/csv").body(TEAMS).post("/api/v1/tenants/{t}/" + file, tenant).then()
                    .statusCode(401);
        }
    }

    private static String export(String tenant, String file) {
        return given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/{t}/" + file, tenant).then()
                .statusCode(200).contentType("text/csv").extract().asString();
    }

    private static ValidatableResponse upload(String tenant, String file, String body) {
        return given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("text/csv").body(body)
                .post("/api/v1/tenants/{t}/" + file, tenant).then();
    }
}
