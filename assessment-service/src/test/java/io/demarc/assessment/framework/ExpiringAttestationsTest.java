package io.demarc.assessment.framework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** What expires soon: attested requirements whose furthest-reaching valid attestation ends within the days asked. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ExpiringAttestationsTest {

    static final FrameworkCatalog CATALOG = FrameworkCatalog.load(ControlLibrary.load());
    static final Framework SOC2 = CATALOG.find("soc2").orElseThrow();
    static final List<Requirement> MANUAL = SOC2.requirements().stream()
            .filter(r -> r.fulfilment() == Fulfilment.MANUAL).limit(3).toList();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    static String base(String tenant) {
        return "/api/v1/tenants/" + tenant;
    }

    static void attest(String tenant, Requirement requirement, LocalDate until) {
        given().auth().oauth2(TestTokens.tenantAdmin(tenant))
                .multiPart("evidence", "review.pdf", "signed".getBytes(StandardCharsets.UTF_8), "application/pdf")
                .multiPart("statement", "Reviewed").multiPart("validFrom", TODAY.minusDays(10).toString())
                .multiPart("validUntil", until.toString())
                .post(base(tenant) + "/frameworks/soc2/requirements/" + requirement.id() + "/attestations").then()
                .statusCode(201);
    }

    @Test
    void listsWhatRunsOutWithinTheDaysSoonestFirst() {
        String tenant = GovernanceFixture.newTenant();
        attest(tenant, MANUAL.get(0), TODAY.plusDays(20));
        attest(tenant, MANUAL.get(1), TODAY.plusDays(5));
        attest(tenant, MANUAL.get(2), TODAY.plusDays(200));
        // A later attestation of the first requirement reaches further: it no longer expires soon.
        attest(tenant, MANUAL.get(0), TODAY.plusDays(100));

        given().auth().oauth2(TestTokens.auditor(tenant)).get(base(tenant) + "/frameworks/expiring-attestations")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].requirementId", equalTo(MANUAL.get(1).id()))
                .body("items[0].framework", equalTo("soc2")).body("items[0].frameworkTitle", equalTo(SOC2.title()))
                .body("items[0].requirementTitle", equalTo(MANUAL.get(1).title()))
                .body("items[0].validUntil", equalTo(TODAY.plusDays(5).toString()))
                .body("items[0].daysLeft", equalTo(5)).body("items[0].attestationId", notNullValue())
                .body("nextCursor", nullValue());

        String next = given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("days", 120)
                .queryParam("limit", 1).get(base(tenant) + "/frameworks/expiring-attestations").then()
                .statusCode(200).body("items.requirementId", equalTo(List.of(MANUAL.get(1).id())))
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("days", 120).queryParam("limit", 1)
                .queryParam("cursor", next).get(base(tenant) + "/frameworks/expiring-attestations").then()
                .statusCode(200).body("items.requirementId", equalTo(List.of(MANUAL.get(0).id())))
                .body("items[0].daysLeft", equalTo(100)).body("nextCursor", nullValue());
    }

    @Test
    void refusesBadDaysAndOutsiders() {
        String tenant = GovernanceFixture.newTenant();
        for (String days : List.of("-1", "367", "soon")) {
            given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("days", days)
                    .get(base(tenant) + "/frameworks/expiring-attestations").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("days"));
        }
        given().auth().oauth2(TestTokens.analyst(tenant)).get(base(tenant) + "/frameworks/expiring-attestations")
                .then().statusCode(200).body("items", hasSize(0));
        TenantWall.assertRefusesOutsiders(base(tenant) + "/frameworks/expiring-attestations", tenant,
                GovernanceFixture.newTenant());
    }
}
