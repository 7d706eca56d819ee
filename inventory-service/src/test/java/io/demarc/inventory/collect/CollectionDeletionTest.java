package io.demarc.inventory.collect;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.inventory.model.Tenant;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.inventory.repository.TenantRepository;
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
 * Deletion by absence, against {@link AwsStub} standing in for AWS: a resource a later run does not see is marked
 * deleted only when the step that should have seen it answered every call. A step with an error proves nothing about
 * absence, so its resources stay.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
@QuarkusTestResource(value = AwsStubResource.class, restrictToAnnotatedClass = true)
class CollectionDeletionTest {

    @Inject
    TenantRepository tenants;

    String tenant;
    String account;

    @BeforeEach
    void setUp() {
        tenant = "del-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        account = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 1_000_000_000_000L));
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
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{\"accountId\":\"" + account + "\",\"name\":\"Account\",\"regions\":[\"us-east-1\"]}")
                .post("/api/v1/tenants/{t}/accounts", tenant).then().statusCode(201);
        AwsStub.stub(AwsStubResource.server, account, "000000000000");
    }

    @Test
    void aResourceAbsentFromAnErrorFreeRunIsMarkedDeleted() {
        assertThat(collect().getString("status")).isEqualTo("PARTIAL");
        assertThat(deleted()).containsEntry(AwsStub.BUCKET, false).containsEntry("sg-0stub", false);

        AwsStub.bucketAndSecurityGroupGone(AwsStubResource.server);
        AwsStub.ebsEncryptionReadable(AwsStubResource.server);
        JsonPath second = collect();

        assertThat(second.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(second.getInt("counts.deleted")).isEqualTo(2);
        Map<String, Boolean> deleted = deleted();
        assertThat(deleted).containsEntry(AwsStub.BUCKET, true).containsEntry("sg-0stub", true)
                .containsEntry("AIDASTUBALICE", false).containsEntry(account, false);
    }

    @Test
    void aResourceAbsentFromAFailedStepIsKept() {
        collect();
        AwsStub.bucketAndSecurityGroupGone(AwsStubResource.server);
        JsonPath second = collect();

        // EC2 still refuses GetEbsEncryptionByDefault: the ec2 step failed, the s3 step did not.
        assertThat(second.getString("status")).isEqualTo("PARTIAL");
        assertThat(second.getInt("counts.deleted")).isEqualTo(1);
        assertThat(deleted()).containsEntry(AwsStub.BUCKET, true).containsEntry("sg-0stub", false);
    }

    private JsonPath collect() {
        String location = given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType(ContentType.JSON)
                .body("{}").post("/api/v1/tenants/{t}/collections", tenant).then().statusCode(202).extract()
                .header("Location");
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(TestTokens.analyst(tenant)).get(location).then().statusCode(200)
                        .extract().jsonPath(),
                json -> List.of("SUCCEEDED", "PARTIAL", "FAILED").contains(json.getString("status")));
    }

    /** Each resource of the account by id, and whether it is marked deleted. */
    private Map<String, Boolean> deleted() {
        List<Map<String, Object>> items = given().auth().oauth2(TestTokens.analyst(tenant))
                .get("/api/v1/tenants/{t}/resources?accountId={a}&limit=100", tenant, account).then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().collect(Collectors.toMap(item -> (String) item.get("resourceId"),
                item -> (Boolean) item.get("deleted"), (a, b) -> a || b));
    }
}
