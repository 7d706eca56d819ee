package io.demarc.assessment.exception;

import static io.demarc.assessment.governance.GovernanceFixture.SSH_CONTROL;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.assessment.service.ExceptionCoverage;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.ExceptionChanged.State;
import io.demarc.contracts.ResourceRef;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Request, four-eyes decision, coverage, revocation, audit trail and events of exceptions. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ExceptionLifecycleTest {

    static final ResourceRef OTHER_GROUP = new ResourceRef(GovernanceFixture.ACCOUNT, "eu-west-1",
            "AWS::EC2::SecurityGroup", "sg-other", null);

    @Inject
    GovernanceFixture fixture;

    static String path(String tenant) {
        return "/api/v1/tenants/" + tenant + "/exceptions";
    }

    static String inAMonth() {
        return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Requests an exception with the given token and body; returns its id. */
    static String request(String tenant, String token, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path(tenant)).then()
                .statusCode(201).extract().path("id");
    }

    static String forFinding(String findingId) {
        return "{\"findingId\":\"" + findingId + "\",\"justification\":\"Bastion host, replaced next quarter\","
                + "\"expiresAt\":\"" + inAMonth() + "\"}";
    }

    Map<String, String> prodTags = Map.of("env", "prod");

    @Test
    void anAnalystRequestsAndASecondAdminApprovesSoTheFindingIsCovered() {
        String tenant = GovernanceFixture.newTenant();
        String findingId = fixture.failingSshFinding(tenant);

        String id = given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/json")
                .body(forFinding(findingId)).post(path(tenant)).then().statusCode(201)
                .header("Location", containsString("/exceptions/"))
                .body("state", equalTo("REQUESTED")).body("active", equalTo(false))
                .body("controlId", equalTo(SSH_CONTROL)).body("requestedBy", equalTo(tenant + "-analyst"))
                .extract().path("id");
        assertThat(fixture.covering(tenant, SSH_CONTROL, findingId, OTHER_GROUP, prodTags, Instant.now()))
                .as("a request alone covers nothing").isEmpty();

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json")
                .body("{\"note\":\"accepted until the bastion is replaced\"}")
                .post(path(tenant) + "/" + id + "/approve")
                .then().statusCode(200).body("state", equalTo("APPROVED")).body("active", equalTo(true))
                .body("decidedBy", equalTo(tenant + "-admin"));

        assertThat(fixture.covering(tenant, SSH_CONTROL, findingId, OTHER_GROUP, prodTags, Instant.now()))
                .map(ExceptionCoverage.CoveringException::exceptionId).contains(id);
        assertThat(fixture.covering(tenant, SSH_CONTROL, "another-finding", OTHER_GROUP, prodTags, Instant.now()))
                .as("only the named finding").isEmpty();
        assertThat(fixture.covering(tenant, "s3-bucket-public-read", findingId, OTHER_GROUP, prodTags,
                Instant.now())).as("only its control").isEmpty();

        List<CloudEvent<ExceptionChanged>> events = fixture.awaitPublished(tenant, ExceptionChanged.TYPE,
                ExceptionChanged.class, 2);
        assertThat(events).extracting(event -> event.data().state()).containsExactly(State.REQUESTED,
                State.APPROVED);
        ExceptionChanged approved = events.get(1).data();
        assertThat(approved.exceptionId()).isEqualTo(id);
        assertThat(approved.findingId()).isEqualTo(findingId);
        assertThat(approved.requestedBy()).isEqualTo(tenant + "-analyst");
        assertThat(approved.approvedBy()).isEqualTo(tenant + "-admin");
        assertThat(events.get(1).subject()).isEqualTo(id);
    }

    @Test
    void theRequesterCannotApproveOrRejectTheirOwnRequest() {
        String tenant = GovernanceFixture.newTenant();
        String id = request(tenant, TestTokens.tenantAdmin(tenant), forFinding(fixture.failingSshFinding(tenant)));

        for (String decision : List.of("approve", "reject")) {
            given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                    .post(path(tenant) + "/" + id + "/" + decision)
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("title", equalTo("Four eyes")).body("detail", containsString("another tenant-admin"));
        }
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).get(path(tenant) + "/" + id).then()
                .body("state", equalTo("REQUESTED"));
    }

    @Test
    void aScopedExceptionCoversMatchingResourcesUntilRevoked() {
        String tenant = GovernanceFixture.newTenant();
        String id = request(tenant, TestTokens.tenantAdmin(tenant), "{\"controlId\":\"" + SSH_CONTROL + "\","
                + "\"scope\":{\"kind\":\"TAG\",\"value\":\"env=prod\"},\"justification\":\"prod bastions\","
                + "\"expiresAt\":\"" + inAMonth() + "\"}");
        given().auth().oauth2(GovernanceFixture.secondAdmin(tenant)).contentType("application/json").body("{}")
                .post(path(tenant) + "/" + id + "/approve")
                .then().statusCode(200);

        assertThat(fixture.covering(tenant, SSH_CONTROL, "f1", OTHER_GROUP, prodTags, Instant.now())).isPresent();
        assertThat(fixture.covering(tenant, SSH_CONTROL, "f1", OTHER_GROUP, Map.of("env", "dev"), Instant.now()))
                .isEmpty();

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json")
                .body("{\"note\":\"bastions are gone\"}").post(path(tenant) + "/" + id + "/revoke").then()
                .statusCode(200).body("state", equalTo("REVOKED")).body("active", equalTo(false));
        assertThat(fixture.covering(tenant, SSH_CONTROL, "f1", OTHER_GROUP, prodTags, Instant.now())).isEmpty();

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post(path(tenant) + "/" + id + "/revoke").then()
                .statusCode(409).contentType("application/problem+json").body("detail", containsString("REVOKED"));
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatWhenAndWhy() {
        String tenant = GovernanceFixture.newTenant();
        String id = request(tenant, TestTokens.analyst(tenant), forFinding(fixture.failingSshFinding(tenant)));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json")
                .body("{\"note\":\"not a risk we take\"}").post(path(tenant) + "/" + id + "/reject").then()
                .statusCode(200).body("state", equalTo("REJECTED"));
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).contentType("application/json").body("{}")
                .post(path(tenant) + "/" + id + "/approve").then()
                .statusCode(409).contentType("application/problem+json");

        given().auth().oauth2(TestTokens.auditor(tenant)).get(path(tenant) + "/" + id + "/audit").then()
                .statusCode(200).body("items", hasSize(2))
                .body("items[0].action", equalTo("REQUESTED")).body("items[0].actor", equalTo(tenant + "-analyst"))
                .body("items[0].note", equalTo("Bastion host, replaced next quarter"))
                .body("items[1].action", equalTo("REJECTED")).body("items[1].actor", equalTo(tenant + "-admin"))
                .body("items[1].note", equalTo("not a risk we take")).body("nextCursor", equalTo(null));
    }

    @Test
    void theAuditTableRefusesUpdatesAndDeletes() {
        String tenant = GovernanceFixture.newTenant();
        request(tenant, TestTokens.analyst(tenant), forFinding(fixture.failingSshFinding(tenant)));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.db().of(tenant).count(
                "with changed as (update exception_audit set actor = 'someone-else' where tenant_id = ?1"
                        + " returning 1) select count(*) from changed",
                tenant))
                .hasStackTraceContaining("append-only");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixture.db().of(tenant).count(
                "with gone as (delete from exception_audit where tenant_id = ?1 returning 1)"
                        + " select count(*) from gone",
                tenant))
                .hasStackTraceContaining("append-only");
    }
}
