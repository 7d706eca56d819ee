package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.assign;
import static io.demarc.ownership.OwnershipApi.assigned;
import static io.demarc.ownership.OwnershipApi.createTeam;
import static io.demarc.ownership.OwnershipApi.newTenant;
import static io.demarc.ownership.OwnershipApi.published;
import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.MatrixChanged;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Assignments: what is accepted, which ties are refused, and what an update or a revocation leaves behind. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class AssignmentResourceTest {

    private static final String NETWORK = "network-configuration";

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void anAssignmentStartsTodayByDefaultAndIsAnnounced() {
        String tenant = newTenant();
        String team = createTeam(tenant, "Network");
        String id = assign(tenant, team, NETWORK, "RESOURCE_TYPE", "aws::ec2::securitygroup", "RESPONSIBLE", null)
                .statusCode(201).body("scope.value", equalTo("AWS::EC2::SecurityGroup"))
                .body("effectiveFrom", equalTo(LocalDate.now(ZoneOffset.UTC).toString()))
                .body("effectiveTo", nullValue()).body("activeToday", equalTo(true))
                .body("team.name", equalTo("Network")).body("assignedBy", equalTo(tenant + "-admin"))
                .extract().path("assignmentId");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                published(connector, tenant, AssignmentChanged.TYPE, AssignmentChanged.class))
                .singleElement().satisfies(event -> {
                    assertThat(event.data().change()).isEqualTo(AssignmentChanged.Change.ASSIGNED);
                    assertThat(event.data().assignment().assignmentId()).isEqualTo(id);
                    assertThat(event.data().assignment().team().name()).isEqualTo("Network");
                }));
    }

    @Test
    void refusesDomainsAndScopesThatCannotBeOwned() {
        String tenant = newTenant();
        String team = createTeam(tenant, "Ops");
        assign(tenant, team, "physical-environmental", "TENANT", null, "RESPONSIBLE", null).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("AWS's for every service"));
        assign(tenant, team, "teleportation", "TENANT", null, "RESPONSIBLE", null).statusCode(400)
                .body("detail", containsString("not a control domain"));
        assign(tenant, team, NETWORK, "ACCOUNT", "1234", "RESPONSIBLE", null).statusCode(400)
                .body("detail", containsString("12-digit"));
        assign(tenant, team, NETWORK, "RESOURCE_TYPE", "AWS::Imaginary::Widget", "RESPONSIBLE", null)
                .statusCode(400).body("detail", containsString("the catalog knows"));
        assign(tenant, team, NETWORK, "TAG", "no-equals-sign", "RESPONSIBLE", null).statusCode(400)
                .body("detail", containsString("key=value"));
        assign(tenant, team, NETWORK, "RESOURCE", "bucket", "RESPONSIBLE", null).statusCode(400)
                .body("detail", containsString("ARN"));
        assign(tenant, team, NETWORK, "TENANT", "something", "RESPONSIBLE", null).statusCode(400)
                .body("detail", containsString("takes no value"));
        assign(tenant, "00000000-0000-0000-0000-000000000000", NETWORK, "TENANT", null, "RESPONSIBLE", null)
                .statusCode(400).body("detail", containsString("not a team of this tenant"));
        assign(tenant, team, NETWORK, "TENANT", null, "OWNER", null).statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("domain", NETWORK, "scope", Map.of("kind", "TENANT"), "teamId", team, "role",
                        "RESPONSIBLE", "effectiveFrom", "2025-06-10", "effectiveTo", "2025-06-01"))
                .post("/api/v1/tenants/{t}/assignments", tenant).then().statusCode(400)
                .body("detail", containsString("before effectiveFrom"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body("{\"domain\"")
                .post("/api/v1/tenants/{t}/assignments", tenant).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/assignments", tenant).then()
                .statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void refusesTiesOfTheSameScopeInOverlappingPeriods() {
        String tenant = newTenant();
        String first = createTeam(tenant, "First");
        String second = createTeam(tenant, "Second");
        String existing = assigned(tenant, first, NETWORK, "ACCOUNT", "111122223333");

        assign(tenant, second, NETWORK, "ACCOUNT", "111122223333", "RESPONSIBLE", "2030-01-01").statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(existing));
        // Another role, another scope or another domain is no tie.
        assign(tenant, second, NETWORK, "ACCOUNT", "111122223333", "ACCOUNTABLE", null).statusCode(201);
        assign(tenant, second, NETWORK, "ACCOUNT", "444455556666", "RESPONSIBLE", null).statusCode(201);
        assign(tenant, second, "identity-access", "ACCOUNT", "111122223333", "RESPONSIBLE", null).statusCode(201);
    }

    @Test
    void refusesTwoTagSelectorsThatBothSelectAResourceAndNamesIt() {
        String tenant = newTenant();
        ConfigurationItem plain = item("AWS::S3::Bucket", "shared-data", T0);
        ConfigurationItem tagged = new ConfigurationItem(plain.accountId(), plain.awsRegion(), plain.resourceType(),
                plain.resourceId(), plain.resourceName(), "arn:aws:s3:::shared-data",
                plain.configurationItemCaptureTime(), plain.configurationStateId(), "OK",
                Map.of("team", "data", "env", "prod"), null, null);
        assertThat(InMemoryDelivery.deliver(connector, "resources", upserted(tenant, tagged)).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
        String data = createTeam(tenant, "Data");
        String prod = createTeam(tenant, "Prod");
        assigned(tenant, data, "encryption-at-rest", "TAG", "team=data");

        assign(tenant, prod, "encryption-at-rest", "TAG", "env=prod", "RESPONSIBLE", null).statusCode(409)
                .body("detail", allOf(containsString("arn:aws:s3:::shared-data"), containsString("team=data")));
        // A selector no resource shares with the first is fine.
        assign(tenant, prod, "encryption-at-rest", "TAG", "env=staging", "RESPONSIBLE", null).statusCode(201);
    }

    @Test
    void updatesAndRevokesKeepingTheHistory() {
        String tenant = newTenant();
        String first = createTeam(tenant, "First");
        String second = createTeam(tenant, "Second");
        String id = assigned(tenant, first, NETWORK, "TENANT", null);

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("domain", NETWORK, "scope", Map.of("kind", "TENANT"), "teamId", second, "role",
                        "RESPONSIBLE", "effectiveFrom", "2025-01-01"))
                .put("/api/v1/tenants/{t}/assignments/{id}", tenant, id).then().statusCode(200)
                .body("team.name", equalTo("Second")).body("effectiveFrom", equalTo("2025-01-01"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                .post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, id).then().statusCode(200)
                .body("revoked", equalTo(true)).body("activeToday", equalTo(false))
                .body("effectiveTo", equalTo(LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                .post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, id).then().statusCode(409)
                .contentType("application/problem+json");

        given().auth().oauth2(TestTokens.auditor(tenant))
                .get("/api/v1/tenants/{t}/assignments/{id}/history", tenant, id).then().statusCode(200)
                .body("items.change", contains("ASSIGNED", "UPDATED", "REVOKED"))
                .body("items.actor", contains(tenant + "-admin", tenant + "-admin", tenant + "-admin"))
                .body("items[0].before", nullValue())
                .body("items[1].before.team.name", equalTo("First"))
                .body("items[1].after.team.name", equalTo("Second"))
                .body("items[2].changedAt", notNullValue());
        String next = given().auth().oauth2(TestTokens.auditor(tenant))
                .get("/api/v1/tenants/{t}/assignment-history?limit=2", tenant).then().statusCode(200)
                .body("items.change", contains("ASSIGNED", "UPDATED")).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(tenant))
                .get("/api/v1/tenants/{t}/assignment-history?limit=2&cursor=" + next, tenant).then()
                .body("items.change", contains("REVOKED")).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.auditor(tenant))
                .get("/api/v1/tenants/{t}/assignment-history?cursor=bm90LWEtbnVtYmVy", tenant).then()
                .statusCode(400).contentType("application/problem+json");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                published(connector, tenant, AssignmentChanged.TYPE, AssignmentChanged.class))
                .extracting(event -> event.data().change())
                .containsExactly(AssignmentChanged.Change.ASSIGNED, AssignmentChanged.Change.UPDATED,
                        AssignmentChanged.Change.REVOKED));
    }

    @Test
    void ownerChangesOfTypesInUseAreAnnounced() {
        String tenant = newTenant();
        assertThat(InMemoryDelivery.deliver(connector, "resources",
                upserted(tenant, item("AWS::EC2::Instance", "i-1", T0))).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
        String team = createTeam(tenant, "Compute");
        assigned(tenant, team, "guest-os-patching", "RESOURCE_TYPE", "AWS::EC2::Instance");
        // A scope narrower than a type owns no cell: no row changes.
        assigned(tenant, team, NETWORK, "ACCOUNT", "111122223333");

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                published(connector, tenant, MatrixChanged.TYPE, MatrixChanged.class))
                .extracting(event -> event.data().change())
                .containsExactly(MatrixChanged.Change.TYPE_ADDED, MatrixChanged.Change.OWNERS_CHANGED));
        MatrixChanged row = published(connector, tenant, MatrixChanged.TYPE, MatrixChanged.class).get(1).data();
        assertThat(row.resourceType()).isEqualTo("AWS::EC2::Instance");
        assertThat(row.cells()).filteredOn(cell -> cell.domain().equals("guest-os-patching")).singleElement()
                .satisfies(cell -> {
                    assertThat(cell.owner().name()).isEqualTo("Compute");
                    assertThat(cell.unowned()).isFalse();
                });
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/matrix", tenant).then()
                .body("items[0].domains.find { it.domain == 'guest-os-patching' }.owner.name", equalTo("Compute"))
                .body("items[0].domains.find { it.domain == 'network-configuration' }.unowned", equalTo(true))
                .body("items[0].domains.find { it.domain == 'physical-environmental' }.unowned", equalTo(false));
    }

    @Test
    void renamingATeamAnnouncesItsAssignmentsAndTheRowsItOwnsAgain() {
        String tenant = newTenant();
        assertThat(InMemoryDelivery.deliver(connector, "resources",
                upserted(tenant, item("AWS::EC2::Instance", "i-1", T0))).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
        String team = createTeam(tenant, "Compute");
        String assignment = assigned(tenant, team, "guest-os-patching", "RESOURCE_TYPE", "AWS::EC2::Instance");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(
                () -> published(connector, tenant, MatrixChanged.TYPE, MatrixChanged.class).size() == 2);

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(Map.of("name", "Compute Platform", "contactEmail", "compute@example.com"))
                .put("/api/v1/tenants/{t}/teams/{id}", tenant, team).then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(published(connector, tenant, AssignmentChanged.TYPE, AssignmentChanged.class))
                    .extracting(event -> event.data().change(), event -> event.data().assignment().team().name())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AssignmentChanged.Change.ASSIGNED, "Compute"),
                            org.assertj.core.groups.Tuple.tuple(AssignmentChanged.Change.UPDATED,
                                    "Compute Platform"));
            assertThat(published(connector, tenant, MatrixChanged.TYPE, MatrixChanged.class)).last()
                    .satisfies(event -> assertThat(event.data().cells())
                            .filteredOn(cell -> cell.domain().equals("guest-os-patching")).singleElement()
                            .satisfies(cell -> assertThat(cell.owner().name()).isEqualTo("Compute Platform")));
        });
        given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{t}/assignments/{id}/history", tenant, assignment).then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void onlyAdminsWrite() {
        String tenant = newTenant();
        String team = createTeam(tenant, "Ops");
        String id = assigned(tenant, team, NETWORK, "TENANT", null);
        Map<String, Object> body = Map.of("domain", NETWORK, "scope", Map.of("kind", "TENANT"), "teamId", team,
                "role", "ACCOUNTABLE");
        for (String token : new String[]{TestTokens.analyst(tenant), TestTokens.auditor(tenant)}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/tenants/{t}/assignments", tenant).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .put("/api/v1/tenants/{t}/assignments/{id}", tenant, id).then().statusCode(403);
            given().auth().oauth2(token).post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, id).then()
                    .statusCode(403);
        }
        given().auth().oauth2(TestTokens.tenantAdmin("globex"))
                .post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, id).then().statusCode(404);
        given().post("/api/v1/tenants/{t}/assignments/{id}/revoke", tenant, id).then().statusCode(401);
        // Another tenant's admin cannot reach it through its own tenant either.
        given().auth().oauth2(TestTokens.tenantAdmin("globex"))
                .post("/api/v1/tenants/globex/assignments/{id}/revoke", id).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
