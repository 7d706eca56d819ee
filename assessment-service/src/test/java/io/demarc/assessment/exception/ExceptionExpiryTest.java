package io.demarc.assessment.exception;

import static io.demarc.assessment.governance.GovernanceFixture.SSH_CONTROL;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.exception.service.ExceptionExpiryJob;
import io.demarc.assessment.exception.service.ExceptionService;
import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.assessment.service.ExceptionCoverage;
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

/** Expired exceptions stop covering at once and are closed by the job, which is driven here with a chosen instant. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ExceptionExpiryTest {

    static final ResourceRef GROUP = new ResourceRef(GovernanceFixture.ACCOUNT, "eu-west-1",
            "AWS::EC2::SecurityGroup", "sg-1", null);

    @Inject
    GovernanceFixture fixture;

    @Inject
    ExceptionExpiryJob job;

    @Test
    void anExpiredExceptionStopsCoveringBeforeTheJobRuns() {
        String tenant = GovernanceFixture.newTenant();
        Instant expiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        GovernanceFixture.approvedTenantWide(tenant, expiry);

        assertThat(fixture.covering(tenant, SSH_CONTROL, "f", GROUP, Map.of(), expiry.minusSeconds(1)))
                .isPresent();
        assertThat(fixture.covering(tenant, SSH_CONTROL, "f", GROUP, Map.of(), expiry)).isEmpty();
    }

    @Test
    void theJobExpiresDueExceptionsSoFindingsReopenAndTellsEveryone() {
        String tenant = GovernanceFixture.newTenant();
        Instant expiry = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String id = GovernanceFixture.approvedTenantWide(tenant, expiry);
        String later = GovernanceFixture.approvedTenantWide(tenant, expiry.plus(1, ChronoUnit.DAYS));

        assertThat(job.expireDue(expiry.minusSeconds(1))).as("nothing is due yet").isZero();
        assertThat(job.expireDue(expiry)).isGreaterThanOrEqualTo(1);
        assertThat(job.expireDue(expiry)).as("a second run finds nothing left").isZero();

        String path = "/api/v1/tenants/" + tenant + "/exceptions/";
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + id).then().statusCode(200)
                .body("state", equalTo("EXPIRED")).body("changedBy", equalTo(ExceptionService.EXPIRY_ACTOR));
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + later).then().body("state",
                equalTo("APPROVED"));
        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + id + "/audit").then()
                .body("items.action[2]", equalTo("EXPIRED"))
                .body("items.actor[2]", equalTo(ExceptionService.EXPIRY_ACTOR));
        assertThat(fixture.covering(tenant, SSH_CONTROL, "f", GROUP, Map.of(), expiry))
                .map(ExceptionCoverage.CoveringException::exceptionId).contains(later);

        var events = fixture.awaitPublished(tenant, ExceptionChanged.TYPE, ExceptionChanged.class, 5);
        assertThat(events.get(4).data().state()).isEqualTo(State.EXPIRED);
        assertThat(events.get(4).data().exceptionId()).isEqualTo(id);
        assertThat(events.get(4).data().approvedBy()).isEqualTo(tenant + "-admin");
    }

    @Test
    void aRequestNobodyDecidedOnExpiresToo() {
        String tenant = GovernanceFixture.newTenant();
        Instant expiry = Instant.now().plus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String path = "/api/v1/tenants/" + tenant + "/exceptions";
        String id = given().auth().oauth2(TestTokens.analyst(tenant)).contentType("application/json")
                .body("{\"controlId\":\"" + SSH_CONTROL + "\",\"scope\":{\"kind\":\"ACCOUNT\",\"value\":\""
                        + GovernanceFixture.ACCOUNT + "\"},\"justification\":\"x\",\"expiresAt\":\"" + expiry + "\"}")
                .post(path).then().statusCode(201).extract().path("id");

        job.expireDue(expiry);

        given().auth().oauth2(TestTokens.auditor(tenant)).get(path + "/" + id).then().body("state",
                equalTo("EXPIRED"));
    }
}
