package io.demarc.assessment.framework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;
import io.demarc.catalog.responsibility.Side;
import io.demarc.contracts.AttestationChanged;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/** Frameworks with counts, requirements with attestation status, attestations with evidence, withdrawal. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class FrameworkAttestationTest {

    static final FrameworkCatalog CATALOG = FrameworkCatalog.load(ControlLibrary.load());
    static final Framework SOC2 = CATALOG.find("soc2").orElseThrow();
    static final Requirement MANUAL = SOC2.requirements().stream()
            .filter(r -> r.fulfilment() == Fulfilment.MANUAL).findFirst().orElseThrow();
    static final Requirement AUTOMATED = CATALOG.all().stream().flatMap(f -> f.requirements().stream())
            .filter(r -> r.fulfilment() == Fulfilment.AUTOMATED && r.side() != Side.SHARED).findFirst()
            .orElseThrow();
    static final byte[] EVIDENCE = "Quarterly access review, signed by the CISO".getBytes(StandardCharsets.UTF_8);
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    GovernanceFixture fixture;

    static String base(String tenant) {
        return "/api/v1/tenants/" + tenant;
    }

    static String attestations(String tenant, String framework, String requirementId) {
        return base(tenant) + "/frameworks/" + framework + "/requirements/" + requirementId + "/attestations";
    }

    static RequestSpecification form(String token, LocalDate from, LocalDate until) {
        return given().auth().oauth2(token).multiPart("evidence", "../review.pdf", EVIDENCE, "application/pdf")
                .multiPart("statement", "Access to production is reviewed every quarter")
                .multiPart("validFrom", from.toString()).multiPart("validUntil", until.toString());
    }

    static String manualStatus(String tenant) {
        return given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("fulfilment", "MANUAL")
                .queryParam("limit", 500).get(base(tenant) + "/frameworks/soc2/requirements").then().statusCode(200)
                .extract().path("items.find { it.id == '" + MANUAL.id() + "' }.attestation");
    }

    static int missing(String tenant) {
        return given().auth().oauth2(TestTokens.auditor(tenant)).get(base(tenant) + "/frameworks").then()
                .statusCode(200).extract().path("items.find { it.key == 'soc2' }.missing");
    }

    @Test
    void listsEveryFrameworkWithCountsPerFulfilment() {
        String tenant = GovernanceFixture.newTenant();
        given().auth().oauth2(TestTokens.analyst(tenant)).get(base(tenant) + "/frameworks").then().statusCode(200)
                .body("items", hasSize(CATALOG.all().size()))
                .body("items.find { it.key == 'soc2' }.requirements", equalTo(SOC2.requirements().size()))
                .body("items.find { it.key == 'soc2' }.inherited", equalTo((int) SOC2.count(Fulfilment.INHERITED)))
                .body("items.find { it.key == 'soc2' }.automated", equalTo((int) SOC2.count(Fulfilment.AUTOMATED)))
                .body("items.find { it.key == 'soc2' }.manual", equalTo((int) SOC2.count(Fulfilment.MANUAL)))
                .body("items.find { it.key == 'soc2' }.attested", equalTo(0));
        given().auth().oauth2(TestTokens.analyst(tenant)).queryParam("fulfilment", "AUTOMATED")
                .get(base(tenant) + "/frameworks/cis-aws-3.0/requirements").then().statusCode(200)
                .body("items.find { it.id == '5.2' }.controlIds", org.hamcrest.Matchers.hasItem(
                        GovernanceFixture.SSH_CONTROL));
    }

    @Test
    void aValidAttestationProvesTheRequirementAndItsEvidenceComesBackIntact() throws Exception {
        String tenant = GovernanceFixture.newTenant();
        assertThat(manualStatus(tenant)).isEqualTo("MISSING");
        int missingBefore = missing(tenant);

        String id = form(TestTokens.tenantAdmin(tenant), TODAY.minusDays(1), TODAY.plusDays(90))
                .multiPart("attestor", "Chief Information Security Officer")
                .post(attestations(tenant, "soc2", MANUAL.id())).then().statusCode(201)
                .body("attestor", equalTo("Chief Information Security Officer"))
                .body("recordedBy", equalTo(tenant + "-admin")).body("evidenceFileName", equalTo("review.pdf"))
                .body("evidenceSha256", equalTo(HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(EVIDENCE))))
                .body("validToday", equalTo(true)).extract().path("id");

        assertThat(manualStatus(tenant)).isEqualTo("ATTESTED");
        assertThat(missing(tenant)).isEqualTo(missingBefore - 1);
        byte[] downloaded = given().auth().oauth2(TestTokens.auditor(tenant))
                .get(base(tenant) + "/attestations/" + id + "/evidence").then().statusCode(200)
                .contentType("application/pdf").header("Digest-SHA256", notNullValue())
                .header("Content-Disposition", containsString("review.pdf")).extract().asByteArray();
        assertThat(downloaded).isEqualTo(EVIDENCE);

        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).post(base(tenant) + "/attestations/" + id + "/withdraw")
                .then().statusCode(200).body("withdrawnBy", equalTo(tenant + "-admin")).body("validToday",
                        equalTo(false));
        assertThat(manualStatus(tenant)).isEqualTo("MISSING");
        given().auth().oauth2(TestTokens.tenantAdmin(tenant)).post(base(tenant) + "/attestations/" + id + "/withdraw")
                .then().statusCode(409).contentType("application/problem+json");

        var events = fixture.awaitPublished(tenant, AttestationChanged.TYPE, AttestationChanged.class, 2);
        assertThat(events).extracting(event -> event.data().change()).containsExactly(
                AttestationChanged.Change.RECORDED, AttestationChanged.Change.WITHDRAWN);
        assertThat(events.get(0).data().requirementId()).isEqualTo(MANUAL.id());
        assertThat(events.get(0).data().attestor()).isEqualTo("Chief Information Security Officer");
    }

    @Test
    void anExpiredAttestationCountsAsMissing() {
        String tenant = GovernanceFixture.newTenant();
        int missingBefore = missing(tenant);
        form(TestTokens.tenantAdmin(tenant), TODAY.minusYears(2), TODAY.minusYears(1))
                .post(attestations(tenant, "soc2", MANUAL.id())).then().statusCode(201)
                .body("validToday", equalTo(false)).body("attestor", equalTo(tenant + "-admin"));

        assertThat(manualStatus(tenant)).isEqualTo("EXPIRED");
        assertThat(missing(tenant)).isEqualTo(missingBefore);
        given().auth().oauth2(TestTokens.auditor(tenant)).get(attestations(tenant, "soc2", MANUAL.id())).then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].validToday", equalTo(false));
    }

    @Test
    void refusesAttestationsItCannotTake() {
        String tenant = GovernanceFixture.newTenant();
        String admin = TestTokens.tenantAdmin(tenant);
        form(admin, TODAY, TODAY.plusDays(1)).post(attestations(tenant, frameworkOf(AUTOMATED), AUTOMATED.id()))
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("only MANUAL or SHARED"));
        form(admin, TODAY, TODAY.minusDays(1)).post(attestations(tenant, "soc2", MANUAL.id())).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("before"));
        given().auth().oauth2(admin).multiPart("statement", "x").multiPart("validFrom", "2026-01-01")
                .multiPart("validUntil", "2026-02-01").post(attestations(tenant, "soc2", MANUAL.id())).then()
                .statusCode(400).contentType("application/problem+json").body("detail", containsString("evidence"));
        given().auth().oauth2(admin).multiPart("evidence", "a.txt", EVIDENCE, "text/plain")
                .multiPart("statement", "x").multiPart("validFrom", "soon").multiPart("validUntil", "2026-02-01")
                .post(attestations(tenant, "soc2", MANUAL.id())).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("validFrom"));
        form(admin, TODAY, TODAY).post(attestations(tenant, "soc2", "no-such-id")).then().statusCode(404)
                .contentType("application/problem+json");
        form(admin, TODAY, TODAY).post(attestations(tenant, "cobit", "x")).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("fulfilment", "MAGIC").get(base(tenant) + "/frameworks/soc2"
                + "/requirements").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).queryParam("cursor", "eA").get(base(tenant) + "/frameworks").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void pagesRequirementsWithACursor() {
        String tenant = GovernanceFixture.newTenant();
        String next = given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("limit", 2)
                .get(base(tenant) + "/frameworks/soc2/requirements").then().statusCode(200).body("items", hasSize(2))
                .body("items[0].id", equalTo(SOC2.requirements().get(0).id())).extract().path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(tenant)).queryParam("limit", 2).queryParam("cursor", next)
                .get(base(tenant) + "/frameworks/soc2/requirements").then().statusCode(200)
                .body("items[0].id", equalTo(SOC2.requirements().get(2).id()));
    }

    @Test
    void refusesOutsidersAndReadOnlyRoles() {
        String tenant = GovernanceFixture.newTenant();
        String id = form(TestTokens.tenantAdmin(tenant), TODAY, TODAY.plusDays(1))
                .post(attestations(tenant, "soc2", MANUAL.id())).then().statusCode(201).extract().path("id");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/frameworks", tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/frameworks/soc2/requirements", tenant, "globex");
        TenantWall.assertRefusesOutsiders(attestations(tenant, "soc2", MANUAL.id()), tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/attestations/" + id, tenant, "globex");
        TenantWall.assertRefusesOutsiders(base(tenant) + "/attestations/" + id + "/evidence", tenant, "globex");
        for (String token : List.of(TestTokens.analyst(tenant), TestTokens.auditor(tenant),
                TestTokens.user("x", Set.of(), List.of(tenant)))) {
            form(token, TODAY, TODAY).post(attestations(tenant, "soc2", MANUAL.id())).then().statusCode(403);
            given().auth().oauth2(token).post(base(tenant) + "/attestations/" + id + "/withdraw").then()
                    .statusCode(403);
        }
        form(TestTokens.tenantAdmin("globex"), TODAY, TODAY).post(attestations(tenant, "soc2", MANUAL.id())).then()
                .statusCode(404);
        given().post(base(tenant) + "/attestations/" + id + "/withdraw").then().statusCode(401);
        given().auth().oauth2(TestTokens.tenantAdmin("globex")).get(base("globex") + "/attestations/" + id).then()
                .statusCode(404);
    }

    static String frameworkOf(Requirement requirement) {
        return CATALOG.all().stream().filter(f -> f.requirements().contains(requirement)).findFirst().orElseThrow()
                .key();
    }
}
