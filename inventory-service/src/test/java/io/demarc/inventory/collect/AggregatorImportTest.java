package io.demarc.inventory.collect;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.inventory.InventoryProbe;
import io.demarc.inventory.model.AccountStatus;
import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.inventory.repository.AwsAccountRepository;
import io.demarc.inventory.repository.TenantRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Imports from an AWS Config aggregator through the AWS SDK against {@link ConfigAggregatorStub}, a local HTTP stub
 * that stands in for AWS Config and STS (AWS cannot be reached from here): two query pages, a throttled call retried,
 * an unprocessed key asked for again, items of other clients' accounts skipped, AccessDenied a 502.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
@QuarkusTestResource(value = AwsStubResource.class, restrictToAnnotatedClass = true)
class AggregatorImportTest {

    @Inject
    InventoryProbe probe;

    @Inject
    TenantRepository tenants;

    @Inject
    AwsAccountRepository accounts;

    String tenant;
    String own;
    String other;
    String unverified;

    @BeforeEach
    void setUp() {
        tenant = "agg-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        own = accountId();
        other = accountId();
        unverified = accountId();
        QuarkusTransaction.requiringNew().run(() -> {
            Tenant row = new Tenant();
            row.id = tenant;
            row.name = "Aggregated " + tenant;
            row.status = TenantStatus.ACTIVE;
            row.externalId = "ext-" + tenant;
            row.createdAt = Instant.now();
            row.updatedAt = row.createdAt;
            tenants.persist(row);
        });
        register(own);
        register(unverified);
        // As a collection run would leave it: the role was assumed once with the tenant's ExternalId.
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> {
            AwsAccount account = accounts.findById(own);
            account.status = AccountStatus.VERIFIED;
            account.lastVerifiedAt = Instant.now();
        }));
        ConfigAggregatorStub.stub(AwsStubResource.server, own, other, unverified);
    }

    @Test
    void importsTheTenantsAccountsAndSkipsTheOthers() {
        String answer = given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, null)).post(aggregatorImports()).then()
                .statusCode(200).extract().asString();
        JsonPath summary = JsonPath.from(answer);

        assertThat(summary.getInt("selected")).isEqualTo(5);
        assertThat(summary.getInt("skipped")).isEqualTo(2);
        assertThat(summary.getInt("skippedAccounts")).isEqualTo(2);
        assertThat(summary.getList("unverifiedAccounts", String.class)).containsExactly(unverified);
        assertThat(summary.getInt("fetched")).isEqualTo(3);
        assertThat(summary.getInt("unprocessed")).isZero();
        assertThat(summary.getInt("notFound")).isZero();
        assertThat(summary.getInt("invalid")).isZero();
        assertThat(summary.getInt("stored")).isEqualTo(3);
        assertThat(answer).as("another client's account is never named").doesNotContain(other);
        assertThat(summary.getInt("selected")).isEqualTo(summary.getInt("skipped") + summary.getInt("unprocessed")
                + summary.getInt("notFound") + summary.getInt("invalid") + summary.getInt("stored")
                + summary.getInt("unchanged") + summary.getInt("stale"));

        // Throttled once, then two pages; one batch, then the unprocessed volume alone.
        AwsStubResource.server.verify(3, ConfigAggregatorStub.requested("SelectAggregateResourceConfig"));
        AwsStubResource.server.verify(1, ConfigAggregatorStub.requested("SelectAggregateResourceConfig")
                .withRequestBody(containing("\"NextToken\":\"page-2\"")));
        AwsStubResource.server.verify(2, ConfigAggregatorStub.requested("BatchGetAggregateResourceConfig"));
        AwsStubResource.server.verify(1, ConfigAggregatorStub.requested("BatchGetAggregateResourceConfig")
                .withRequestBody(containing(ConfigAggregatorStub.VOLUME))
                .withRequestBody(notContaining(ConfigAggregatorStub.BUCKET)));
        AwsStubResource.server.verify(0, ConfigAggregatorStub.requested("BatchGetAggregateResourceConfig")
                .withRequestBody(containing(ConfigAggregatorStub.OTHER_BUCKET)));

        assertThat(probe.resourceCount(tenant)).isEqualTo(3);
        assertThat(probe.publishedEvents(tenant)).hasSize(3);
        int bucket = given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{t}/resources?tag=team=platform", tenant).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].resourceId", equalTo(ConfigAggregatorStub.BUCKET))
                .body("items[0].accountId", equalTo(own)).extract().path("items[0].id");
        // The configuration and supplementary values arrive as JSON strings and are stored as JSON.
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/resources/{id}", tenant, bucket)
                .then().statusCode(200).body("item.configuration.name", equalTo(ConfigAggregatorStub.BUCKET))
                .body("item.supplementaryConfiguration.ServerSideEncryptionConfiguration.rules[0]"
                        + ".applyServerSideEncryptionByDefault.sseAlgorithm", equalTo("AES256"));
    }

    @Test
    void aSecondImportChangesNothing() {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, null)).post(aggregatorImports()).then()
                .statusCode(200).body("stored", equalTo(3));
        AwsStubResource.server.resetScenarios();

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, null)).post(aggregatorImports()).then()
                .statusCode(200).body("stored", equalTo(0)).body("unchanged", equalTo(3));
        assertThat(probe.publishedEvents(tenant)).hasSize(3);
    }

    @Test
    void aPlatformAdminGetsUnverifiedAccountsTooAndSendsTheTypesAsked() {
        given().auth().oauth2(TestTokens.platformAdmin()).contentType(ContentType.JSON)
                .body("{\"aggregatorName\":\"" + ConfigAggregatorStub.AGGREGATOR + "\",\"region\":\"us-east-1\","
                        + "\"resourceTypes\":[\"AWS::S3::Bucket\",\"AWS::EC2::SecurityGroup\",\"AWS::EC2::Volume\"]}")
                .post(aggregatorImports()).then().statusCode(200).body("skipped", equalTo(1))
                .body("unverifiedAccounts", empty())
                // The stub's batch does not return the unverified account's bucket: gone since the query.
                .body("notFound", equalTo(1)).body("stored", equalTo(3));
        AwsStubResource.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing(
                "WHERE resourceType IN ('AWS::S3::Bucket', 'AWS::EC2::SecurityGroup', 'AWS::EC2::Volume')")));
        AwsStubResource.server.verify(ConfigAggregatorStub.requested("BatchGetAggregateResourceConfig")
                .withRequestBody(containing(ConfigAggregatorStub.UNVERIFIED_BUCKET)));
    }

    @Test
    void readsThroughTheRoleOfARegisteredAccount() {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, own)).post(aggregatorImports()).then()
                .statusCode(200).body("stored", equalTo(3)).body("skipped", equalTo(1));
        AwsStubResource.server.verify(3, ConfigAggregatorStub.requested("SelectAggregateResourceConfig")
                .withHeader("Authorization", containing("Credential=ASIAAGGREGATOR/")));
    }

    @Test
    void aRefusedRoleOrAggregatorIsABadGatewayWithAwsError() {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.DENIED, null)).post(aggregatorImports()).then()
                .statusCode(502).contentType("application/problem+json")
                .body("awsOperation", equalTo("SelectAggregateResourceConfig"))
                .body("awsErrorCode", equalTo("AccessDeniedException"))
                .body("detail", containsString(ConfigAggregatorStub.DENIED_MESSAGE))
                .body("detail", containsString("Nothing was stored"));

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, unverified)).post(aggregatorImports()).then()
                .statusCode(502).contentType("application/problem+json").body("awsOperation", equalTo("AssumeRole"))
                .body("detail", containsString("not authorized to perform: sts:AssumeRole"));
        given().auth().oauth2(TestTokens.analyst(tenant)).get("/api/v1/tenants/{t}/accounts/{a}", tenant, unverified)
                .then().statusCode(200).body("status", equalTo("FAILING"));
        assertThat(probe.resourceCount(tenant)).isZero();
    }

    @Test
    void refusesBadRequests() {
        for (String body : List.of("{\"aggregatorName\":", "", "{\"region\":\"us-east-1\"}",
                "{\"aggregatorName\":\"a b\",\"region\":\"us-east-1\"}",
                "{\"aggregatorName\":\"org\",\"region\":\"Mars\"}",
                "{\"aggregatorName\":\"org\",\"region\":\"us-east-1\",\"resourceTypes\":[\"AWS::S3::Bucket') OR 1=1 --\"]}",
                "{\"aggregatorName\":\"org\",\"region\":\"us-east-1\",\"accountId\":\"12\"}")) {
            given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON).body(body)
                    .post(aggregatorImports()).then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body(request(ConfigAggregatorStub.AGGREGATOR, other)).post(aggregatorImports()).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString(
                        "not registered"));
        AwsStubResource.server.verify(0, postRequestedFor(urlPathEqualTo("/")));
    }

    @Test
    void keepsOutsidersOut() {
        String body = request(ConfigAggregatorStub.AGGREGATOR, null);
        given().contentType(ContentType.JSON).body(body).post(aggregatorImports()).then().statusCode(401);
        given().auth().oauth2(TestTokens.tenantAdmin("agg-other-" + tenant)).contentType(ContentType.JSON)
                .body(body).post(aggregatorImports()).then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.analyst(tenant)).contentType(ContentType.JSON).body(body)
                .post(aggregatorImports()).then().statusCode(403);
        given().auth().oauth2(TestTokens.auditor(tenant)).contentType(ContentType.JSON).body(body)
                .post(aggregatorImports()).then().statusCode(403);
        AwsStubResource.server.verify(0, postRequestedFor(urlPathEqualTo("/")));
    }

    private String aggregatorImports() {
        return "/api/v1/tenants/" + tenant + "/imports/aggregator";
    }

    private static String request(String aggregator, String accountId) {
        return "{\"aggregatorName\":\"" + aggregator + "\",\"region\":\"us-east-1\""
                + (accountId == null ? "" : ",\"accountId\":\"" + accountId + "\"") + "}";
    }

    private void register(String accountId) {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountId\":\"" + accountId + "\",\"name\":\"Account " + accountId + "\","
                        + "\"regions\":[\"us-east-1\"]}")
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
    }

    private static String accountId() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
    }
}
