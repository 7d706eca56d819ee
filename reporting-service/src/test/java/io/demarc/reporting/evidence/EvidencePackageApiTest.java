package io.demarc.reporting.evidence;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** The evidence package API: who may use it, what it refuses and why, paging, and jobs that failed or went silent. */
@QuarkusTest
@TestProfile(SigningKeyProfile.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = "findings,resources,accounts,ownership"))
class EvidencePackageApiTest {

    private static final String TENANT = "api-co";
    private static final String PACKAGES = "/api/v1/tenants/" + TENANT + "/evidence-packages";
    private static final String BODY = "{\"framework\":\"soc2\",\"from\":\"2025-01-01\",\"to\":\"2025-03-31\"}";

    @Inject
    EntityManager em;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"framework\":\"nope\",\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}|framework 'nope' is unknown; known:",
            "{\"framework\":\"soc2\",\"from\":\"2025-02-01\",\"to\":\"2025-01-31\"}|to (2025-01-31) is before from (2025-02-01)",
            "{\"framework\":\"soc2\",\"from\":\"2020-01-01\",\"to\":\"2025-01-31\"}|at most 400 are allowed",
            "{\"framework\":\"soc2\",\"from\":\"2999-01-01\",\"to\":\"2999-01-31\"}|is in the future",
            "{\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"}|framework is required",
            "{\"framework\":\"soc2\",\"to\":\"2025-01-31\"}|from is required",
            "{\"framework\":\"soc2\",\"from\":\"2025-01-01\",\"to\":\"2025-01-31\"|",
            "{\"framework\":\"soc2\",\"from\":\"January\",\"to\":\"2025-01-31\"}|"})
    void refusesBadRequestsSayingWhy(String body, String detail) {
        var response = given().auth().oauth2(TestTokens.analyst(TENANT)).contentType("application/json").body(body)
                .post(PACKAGES).then().statusCode(400).contentType("application/problem+json");
        if (detail != null) {
            response.body(containsString(detail));
        }
    }

    @Test
    void refusesAMissingBody() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).contentType("application/json").post(PACKAGES).then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void everyReadRoleMayRequestAPackage() {
        for (String token : List.of(TestTokens.auditor(TENANT), TestTokens.analyst(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).contentType("application/json").body(BODY).post(PACKAGES).then()
                    .statusCode(202).body("framework", equalTo("soc2")).body("contentUrl", nullValue());
        }
    }

    @Test
    void refusesOutsidersOnEveryEndpoint() {
        String id = succeededPackage();
        TenantWall.assertRefusesOutsiders(PACKAGES, TENANT, "other-co");
        TenantWall.assertRefusesOutsiders(PACKAGES + "/" + id, TENANT, "other-co");
        TenantWall.assertRefusesOutsiders(PACKAGES + "/" + id + "/content", TENANT, "other-co");
        given().auth().oauth2(TestTokens.analyst("other-co")).contentType("application/json").body(BODY)
                .post(PACKAGES).then().statusCode(404).contentType("application/problem+json");
        given().contentType("application/json").body(BODY).post(PACKAGES).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("no-role", Set.of(), List.of(TENANT))).contentType("application/json")
                .body(BODY).post(PACKAGES).then().statusCode(403);
        // Another tenant's own path never reaches this tenant's package either.
        given().auth().oauth2(TestTokens.analyst("other-co")).get("/api/v1/tenants/other-co/evidence-packages/" + id)
                .then().statusCode(404).body("detail", containsString("No evidence package"));
    }

    @Test
    void answers404ForUnknownOrMalformedIds() {
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(PACKAGES + "/" + UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(PACKAGES + "/not-a-uuid/content").then()
                .statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aFailedPackageCannotBeDownloadedAndSaysWhy() {
        UUID id = insert("FAILED", Instant.now(), "the package could not be built (boom)");
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(PACKAGES + "/" + id + "/content").then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("is FAILED: the package could not be built (boom)"));
    }

    @Test
    void aJobSilentForTooLongIsReportedFailed() {
        UUID id = insert("RUNNING", Instant.now().minus(Duration.ofHours(1)), null);
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(PACKAGES + "/" + id).then().statusCode(200)
                .body("status", equalTo("FAILED")).body("failureReason", containsString("no progress for 15 minutes"));
    }

    @Test
    void listsNewestFirstPagedByCursor() {
        String tenant = "paging-co";
        String path = "/api/v1/tenants/" + tenant + "/evidence-packages";
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(TestTokens.auditor(tenant)).contentType("application/json").body(BODY).post(path)
                    .then().statusCode(202);
        }
        var first = given().auth().oauth2(TestTokens.auditor(tenant)).get(path + "?limit=2").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", notNullValue()).extract();
        String cursor = first.path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + "?limit=2&cursor=" + cursor).then()
                .statusCode(200).body("items", hasSize(1)).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + "?cursor=bm90LWEtbnVtYmVy").then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + "?limit=501").then().statusCode(400)
                .contentType("application/problem+json");
    }

    private String succeededPackage() {
        String location = given().auth().oauth2(TestTokens.auditor(TENANT)).contentType("application/json")
                .body(BODY).post(PACKAGES).then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(given()
                .auth().oauth2(TestTokens.auditor(TENANT)).get(location).path("status")));
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private UUID insert(String status, Instant progressAt, String reason) {
        UUID id = UUID.randomUUID();
        TenantScope.run(TENANT, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "insert into evidence_package (package_id,"
                        + " tenant_id, framework, period_from, period_to, status, steps_total, failure_reason, requested_at,"
                        + " progress_at) values (?1, ?2, 'soc2', date '2025-01-01', date '2025-01-31', ?3, 10, ?4, ?5, ?5)")
                .setParameter(1, id).setParameter(2, TENANT).setParameter(3, status).setParameter(4, reason)
                .setParameter(5, progressAt).executeUpdate()));
        return id;
    }
}
