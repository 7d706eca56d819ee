package io.demarc.inventory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

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

/** Registering, reading and changing a tenant's AWS accounts. Keycloak's admin API is a WireMock stand-in. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class AccountResourceTest {

    static final String PROBLEM_JSON = "application/problem+json";

    @OidcWireMock
    WireMockServer keycloak;

    String tenant;
    String accountId;

    @BeforeEach
    void aRegisteredTenant() {
        Tenancy.stubKeycloak(keycloak);
        tenant = Tenancy.newTenant();
        accountId = Tenancy.newAccountId();
    }

    @Test
    void registersAnAccountAsPending() {
        register(Tenancy.accountJson(accountId, "Production")).statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/tenants/" + tenant + "/accounts/" + accountId))
                .body("accountId", equalTo(accountId)).body("name", equalTo("Production"))
                .body("environment", equalTo("production"))
                .body("regions", contains("us-east-1", "eu-central-1"))
                .body("collectionInterval", equalTo("PT1H"))
                .body("roleArn", equalTo("arn:aws:iam::" + accountId + ":role/DemarcReadOnly"))
                .body("status", equalTo("PENDING")).body("statusReason", nullValue());
    }

    @Test
    void fillsInDefaults() {
        register("{\"accountId\":\"" + accountId + "\",\"name\":\"Sandbox\",\"regions\":[\"ap-southeast-2\","
                + "\"ap-southeast-2\",\"us-gov-west-1\"]}").statusCode(201)
                .body("environment", equalTo("other")).body("collectionInterval", equalTo("PT6H"))
                .body("regions", contains("ap-southeast-2", "us-gov-west-1"));
    }

    @Test
    void listsAndReadsWithEveryRoleOfTheTenant() {
        String second = Tenancy.newAccountId();
        register(Tenancy.accountJson(accountId, "One")).statusCode(201);
        register(Tenancy.accountJson(second, "Two")).statusCode(201);

        for (String token : new String[]{TestTokens.tenantAdmin(tenant), TestTokens.analyst(tenant),
                TestTokens.auditor(tenant), TestTokens.platformAdmin()}) {
            as(token).get("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(200).body("total", equalTo(2))
                    .body("items", hasSize(2));
            as(token).get("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200)
                    .body("name", equalTo("One"));
        }
        admin().queryParam("size", 1).queryParam("page", 1).get("/api/v1/tenants/{t}/accounts", tenant).then()
                .statusCode(200).body("items", hasSize(1)).body("totalPages", equalTo(2));
        admin().get("/api/v1/tenants/{t}/accounts/{a}", tenant, "999999999999").then().statusCode(404)
                .contentType(PROBLEM_JSON).body("detail", containsString("No AWS account 999999999999"));
    }

    @Test
    void replacesAndPatchesSettings() {
        register(Tenancy.accountJson(accountId, "Old")).statusCode(201);

        admin().contentType(ContentType.JSON).body("{\"name\":\"New\",\"environment\":\"staging\","
                + "\"regions\":[\"eu-west-1\"]}").put("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId)
                .then().statusCode(200).body("name", equalTo("New")).body("environment", equalTo("staging"))
                .body("regions", contains("eu-west-1")).body("collectionInterval", equalTo("PT6H"));
        admin().contentType(ContentType.JSON).body("{\"collectionInterval\":\"PT30M\"}")
                .patch("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200)
                .body("name", equalTo("New")).body("regions", contains("eu-west-1"))
                .body("collectionInterval", equalTo("PT30M"));
        admin().contentType(ContentType.JSON).body("{\"accountId\":\"111111111111\",\"name\":\"X\","
                + "\"regions\":[\"eu-west-1\"]}").put("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId)
                .then().statusCode(400).body("violations[0].field", equalTo("accountId"));
        admin().contentType(ContentType.JSON).body("{\"name\":\"X\",\"regions\":[\"eu-west-1\"]}")
                .put("/api/v1/tenants/{t}/accounts/{a}", tenant, "999999999999").then().statusCode(404);
    }

    @Test
    void refusesBadAccountsNamingTheField() {
        badField("{\"name\":\"X\",\"regions\":[\"us-east-1\"]}", "accountId");
        badField("{\"accountId\":\"12345\",\"name\":\"X\",\"regions\":[\"us-east-1\"]}", "accountId");
        badField("{\"accountId\":\"" + accountId + "\",\"regions\":[\"us-east-1\"]}", "name");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\"}", "regions");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\",\"regions\":[]}", "regions");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\",\"regions\":[\"moon-base-1\"]}", "regions");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\",\"regions\":[\"us-east-1\"],"
                + "\"environment\":\"prod\"}", "environment");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\",\"regions\":[\"us-east-1\"],"
                + "\"collectionInterval\":\"PT5M\"}", "collectionInterval");
        badField("{\"accountId\":\"" + accountId + "\",\"name\":\"X\",\"regions\":[\"us-east-1\"],"
                + "\"collectionInterval\":\"hourly\"}", "collectionInterval");
        register("{\"accountId\":").statusCode(400).contentType(PROBLEM_JSON);
        admin().get("/api/v1/tenants/{t}/accounts", tenant).then().body("total", equalTo(0));
    }

    @Test
    void anAccountBelongsToOneTenantOnly() {
        register(Tenancy.accountJson(accountId, "Mine")).statusCode(201);
        String other = Tenancy.newTenant();

        register(Tenancy.accountJson(accountId, "Again")).statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("already registered in this tenant"));
        as(TestTokens.tenantAdmin(other)).contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "Theirs"))
                .post("/api/v1/tenants/{t}/accounts", other).then().statusCode(409).contentType(PROBLEM_JSON)
                .body("detail", containsString("registered in another tenant"))
                .body("detail", not(containsString(tenant)));
    }

    @Test
    void twoTenantsRacingForOneAccountGetItOnce() throws Exception {
        String other = Tenancy.newTenant();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> mine = pool.submit(() -> register(Tenancy.accountJson(accountId, "Mine")).extract()
                    .statusCode());
            Future<Integer> theirs = pool.submit(() -> as(TestTokens.tenantAdmin(other)).contentType(ContentType.JSON)
                    .body(Tenancy.accountJson(accountId, "Theirs")).post("/api/v1/tenants/{t}/accounts", other)
                    .then().extract().statusCode());

            assertThat(List.of(mine.get(30, TimeUnit.SECONDS), theirs.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void accountsNeedARegisteredActiveTenant() {
        String unregistered = ConfigItems.newTenant();
        as(TestTokens.tenantAdmin(unregistered)).contentType(ContentType.JSON)
                .body(Tenancy.accountJson(accountId, "X")).post("/api/v1/tenants/{t}/accounts", unregistered).then()
                .statusCode(404).contentType(PROBLEM_JSON).body("detail", containsString("not registered"));

        register(Tenancy.accountJson(accountId, "Before")).statusCode(201);
        as(TestTokens.platformAdmin()).post("/api/v1/tenants/{t}/suspend", tenant).then().statusCode(200);
        register(Tenancy.accountJson(Tenancy.newAccountId(), "During")).statusCode(409)
                .body("title", equalTo("Tenant suspended"));
        admin().contentType(ContentType.JSON).body("{\"name\":\"During\"}")
                .patch("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(409);
        admin().get("/api/v1/tenants/{t}/accounts/{a}", tenant, accountId).then().statusCode(200)
                .body("name", equalTo("Before"));
    }

    @Test
    void onlyAdministratorsOfTheTenantChangeAccounts() {
        register(Tenancy.accountJson(accountId, "Mine")).statusCode(201);
        String path = "/api/v1/tenants/{t}/accounts/{a}";
        String patch = "{\"name\":\"Changed\"}";

        given().contentType(ContentType.JSON).body(Tenancy.accountJson(Tenancy.newAccountId(), "X"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(401);
        given().get("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(401);
        given().get(path, tenant, accountId).then().statusCode(401);
        given().delete(path, tenant, accountId).then().statusCode(401);
        given().contentType(ContentType.JSON).body(patch).patch(path, tenant, accountId).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "X")).put(path, tenant, accountId)
                .then().statusCode(401);
        as(TestTokens.forAnotherAudience(tenant)).get(path, tenant, accountId).then().statusCode(401);
        for (String token : new String[]{TestTokens.analyst(tenant), TestTokens.auditor(tenant)}) {
            as(token).contentType(ContentType.JSON).body(Tenancy.accountJson(Tenancy.newAccountId(), "X"))
                    .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(403);
            as(token).contentType(ContentType.JSON).body(Tenancy.accountJson(accountId, "X"))
                    .put(path, tenant, accountId).then().statusCode(403);
            as(token).contentType(ContentType.JSON).body(patch).patch(path, tenant, accountId).then()
                    .statusCode(403);
            as(token).delete(path, tenant, accountId).then().statusCode(403);
        }
        String stranger = TestTokens.tenantAdmin("globex");
        as(stranger).get("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(404).contentType(PROBLEM_JSON);
        as(stranger).get(path, tenant, accountId).then().statusCode(404);
        as(stranger).contentType(ContentType.JSON).body(Tenancy.accountJson(Tenancy.newAccountId(), "X"))
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(404);
        as(stranger).contentType(ContentType.JSON).body(patch).patch(path, tenant, accountId).then()
                .statusCode(404);
        as(stranger).delete(path, tenant, accountId).then().statusCode(404);
        admin().get(path, tenant, accountId).then().statusCode(200).body("name", equalTo("Mine"));
    }

    private void badField(String body, String field) {
        register(body).statusCode(400).contentType(PROBLEM_JSON).body("violations[0].field", containsString(field));
    }

    private ValidatableResponse register(String body) {
        return admin().contentType(ContentType.JSON).body(body).post("/api/v1/tenants/{t}/accounts", tenant).then();
    }

    private RequestSpecification admin() {
        return as(TestTokens.tenantAdmin(tenant));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
