package io.demarc.inventory.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.inventory.InventoryProbe;
import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.inventory.repository.TenantRepository;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Live collection through the AWS SDK against {@link AwsStub}, a local HTTP stub that stands in for AWS (which cannot
 * be reached from here), reached through the endpoint override: roles assumed, regions enumerated, answers recorded,
 * normalized and written like an import; throttling retried, AccessDenied a step error (run PARTIAL), a refused
 * AssumeRole a FAILING account (run FAILED).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
@QuarkusTestResource(value = AwsStubResource.class, restrictToAnnotatedClass = true)
class CollectionRunTest {

    @Inject
    InventoryProbe probe;

    @Inject
    TenantRepository tenants;

    String tenant;
    String readable;
    String refusing;

    @BeforeEach
    void setUp() {
        tenant = "col-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        readable = accountId();
        refusing = accountId();
        QuarkusTransaction.requiringNew().run(() -> {
            Tenant row = new Tenant();
            row.id = tenant;
            row.name = "Collected " + tenant;
            row.status = TenantStatus.ACTIVE;
            row.externalId = "ext-" + tenant;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            tenants.persist(row);
        });
        register(readable);
        register(refusing);
        AwsStub.stub(AwsStubResource.server, readable, refusing);
    }

    @Test
    void collectsAnAccountAndReportsTheRefusedCallAsAPartialRun() throws IOException {
        String location = given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountIds\":[\"" + readable + "\"]}").post(collections()).then().statusCode(202)
                .body("status", equalTo("QUEUED")).body("progress.total", equalTo(4))
                .extract().header("Location");
        assertThat(location).contains("/api/v1/tenants/" + tenant + "/collections/");

        JsonPath run = awaitFinished(location);
        assertThat(run.getString("status")).isEqualTo("PARTIAL");
        assertThat(run.getInt("progress.done")).isEqualTo(4);
        assertThat(step(run, "global", "iam").get("status")).as("%s", step(run, "global", "iam"))
                .isEqualTo("SUCCEEDED");
        assertThat(step(run, "global", "s3").get("status")).as("%s", step(run, "global", "s3")).isEqualTo("SUCCEEDED");
        assertThat(step(run, "eu-central-1", "ec2").get("status")).as("%s", step(run, "eu-central-1", "ec2"))
                .isEqualTo("SKIPPED");
        Map<String, Object> ec2 = step(run, "us-east-1", "ec2");
        assertThat(ec2.get("status")).isEqualTo("FAILED");
        assertThat((String) ec2.get("error")).contains("ec2.GetEbsEncryptionByDefault_1: 403 UnauthorizedOperation");

        // iam: user, password policy (none: 404 is the answer), summary, credential report; s3: bucket and the
        // account's block; ec2: the security group (throttled once, then answered) and the metadata defaults.
        assertThat(run.getInt("counts.items")).isEqualTo(8);
        assertThat(run.getInt("counts.items") + run.getInt("counts.deleted")).isEqualTo(run.getInt("counts.stored")
                + run.getInt("counts.unchanged") + run.getInt("counts.stale"));
        assertThat(run.getInt("counts.stored")).isEqualTo(8);
        AwsStubResource.server.verify(2, postRequestedFor(urlPathEqualTo("/"))
                .withRequestBody(containing("Action=DescribeSecurityGroups&")));

        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/resources?accountId={a}", tenant,
                readable).then().statusCode(200).body("items.size()", equalTo(8))
                .body("items.resourceId", hasItems("sg-0stub", AwsStub.BUCKET, "AIDASTUBALICE", readable));
        assertThat(probe.publishedEvents(tenant)).hasSize(8);
        given().auth().oauth2(TestTokens.auditor(tenant)).get("/api/v1/tenants/{t}/accounts/{a}", tenant, readable)
                .then().statusCode(200).body("status", equalTo("VERIFIED"));

        byte[] zip = given().auth().oauth2(TestTokens.auditor(tenant)).get((String) ec2.get("recording")).then()
                .statusCode(200).contentType("application/zip").extract().asByteArray();
        assertThat(entries(zip)).contains("ec2.DescribeSecurityGroups_1.json", "ec2.GetEbsEncryptionByDefault_1.json");
    }

    @Test
    void anAccountWhoseRoleRefusesFailsTheRunAndIsMarkedFailing() {
        String location = given().auth().oauth2(TestTokens.platformAdmin()).contentType(ContentType.JSON)
                .body("{\"accountIds\":[\"" + refusing + "\"]}").post(collections()).then().statusCode(202)
                .extract().header("Location");

        JsonPath run = awaitFinished(location);
        assertThat(run.getString("status")).isEqualTo("FAILED");
        assertThat(run.getList("steps.error", String.class)).allSatisfy(error -> assertThat(error)
                .contains("AccessDenied").contains("not authorized to perform: sts:AssumeRole"));
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/accounts/{a}", tenant, refusing)
                .then().statusCode(200).body("status", equalTo("FAILING"))
                .body("statusReason", containsString("AccessDenied"));
    }

    @Test
    void listsRunsNewestFirstByCursor() {
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String location = given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                    .body("{\"accountIds\":[\"" + refusing + "\"]}").post(collections()).then().statusCode(202)
                    .extract().header("Location");
            ids.add(0, awaitFinished(location).getInt("id"));
        }
        JsonPath first = given().auth().oauth2(TestTokens.auditor(tenant)).get(collections() + "?limit=2").then()
                .statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.id", Integer.class)).containsExactly(ids.get(0), ids.get(1));
        JsonPath second = given().auth().oauth2(TestTokens.auditor(tenant))
                .get(collections() + "?limit=2&cursor=" + first.getString("nextCursor")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(second.getList("items.id", Integer.class)).containsExactly(ids.get(2));
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void refusesBadRequests() {
        given().auth().oauth2(TestTokens.auditor(tenant)).get(collections() + "?cursor=bogus").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("cursor"));
        given().auth().oauth2(TestTokens.auditor(tenant)).get(collections() + "?limit=1000").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("limit"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountIds\":[\"12\"]}").post(collections()).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountIds\":[\"999999999999\"]}").post(collections()).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("not registered"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body("{\"accountIds\":")
                .post(collections()).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor(tenant)).get(collections() + "/987654321").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void keepsOutsidersOut() {
        String other = "col-other-" + tenant;
        TenantWall.assertRefusesOutsiders(collections(), tenant, other);
        given().auth().oauth2(TestTokens.tenantAdmin(other)).contentType(ContentType.JSON).body("{}")
                .post(collections()).then().statusCode(404);
        given().contentType(ContentType.JSON).body("{}").post(collections()).then().statusCode(401);
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON).body("{}")
                .post(collections()).then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor(tenant)).contentType(ContentType.JSON).body("{}")
                .post(collections()).then().statusCode(403);
    }

    private String collections() {
        return "/api/v1/tenants/" + tenant + "/collections";
    }

    private void register(String accountId) {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountId\":\"" + accountId + "\",\"name\":\"Account " + accountId + "\","
                        + "\"regions\":[\"us-east-1\",\"eu-central-1\"]}")
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
    }

    private JsonPath awaitFinished(String location) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(TestTokens.analyst(tenant)).get(location).then().statusCode(200)
                        .extract().jsonPath(),
                json -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(json.getString("status")));
    }

    private static Map<String, Object> step(JsonPath run, String region, String service) {
        return run.<Map<String, Object>>getList("steps").stream()
                .filter(s -> s.get("region").equals(region) && s.get("service").equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + service + " in " + region));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static String accountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }
}
