package io.demarc.reporting;

import static io.demarc.reporting.FindingEventFixtures.T0;
import static io.demarc.reporting.FindingEventFixtures.event;
import static io.demarc.reporting.FindingEventFixtures.finding;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The finding list's filters by owner, framework requirement and resource: tenant {@code wayne} holds exactly the
 * five findings below, so the answers are exact; filters hold on every page as the older ones do.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class FindingListFiltersTest {

    private static final String TENANT = "wayne";
    private static final String LIST = "/api/v1/tenants/wayne/findings";
    private static final TeamRef PLATFORM = new TeamRef("team-platform", "Platform", "platform@wayne.example", null);
    private static final TeamRef DATA = new TeamRef("team-data", "Data", "data@wayne.example", null);
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seed("w-bucket", Severity.CRITICAL, "S3.8", "AWS::S3::Bucket", DATA,
                Map.of("cis-aws-3.0", List.of("2.1.4"), "aws-fsbp", List.of("S3.8")), 0);
        seed("w-sg-a", Severity.HIGH, "EC2.13", "AWS::EC2::SecurityGroup", PLATFORM,
                Map.of("cis-aws-3.0", List.of("5.2", "5.3"), "aws-fsbp", List.of("EC2.13")), 1);
        seed("w-sg-b", Severity.HIGH, "EC2.14", "AWS::EC2::SecurityGroup", PLATFORM,
                Map.of("cis-aws-3.0", List.of("5.3")), 2);
        seed("w-trail", Severity.MEDIUM, "CloudTrail.1", "AWS::CloudTrail::Trail", null,
                Map.of("cis-aws-3.0", List.of("3.1")), 3);
        seed("w-user", Severity.LOW, "IAM.5", "AWS::IAM::User", null, Map.of(), 4);
        seeded = true;
    }

    @Test
    void filtersByOwnerTeamOrNone() {
        list("?ownerTeamId=team-platform").statusCode(200).body("items.findingId", contains("w-sg-a", "w-sg-b"))
                .body("items[0].owner.name", equalTo("Platform")).body("items[0].domain", equalTo("network-config"));
        list("?ownerTeamId=unowned").body("items.findingId", contains("w-trail", "w-user"));
        list("?ownerTeamId=team-data&severity=HIGH").body("items", empty());
    }

    @Test
    void filtersByFrameworkAndRequirementTheControlCites() {
        list("?framework=cis-aws-3.0&requirement=5.2").statusCode(200).body("items.findingId", contains("w-sg-a"));
        list("?framework=cis-aws-3.0&requirement=5.3").body("items.findingId", contains("w-sg-a", "w-sg-b"));
        list("?framework=cis-aws-3.0").body("items.findingId", contains("w-bucket", "w-sg-a", "w-sg-b", "w-trail"));
        list("?framework=aws-fsbp&ownerTeamId=team-platform").body("items.findingId", contains("w-sg-a"));
        list("?framework=nist-800-53").body("items", empty()).body("nextCursor", nullValue());
    }

    @Test
    void aRequirementWithoutItsFrameworkIsA400() {
        list("?requirement=5.2").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("requirement needs framework"));
    }

    @Test
    void filtersByResource() {
        list("?accountId=111111111111&resourceType=AWS::EC2::SecurityGroup&resourceId=res-w-sg-b").statusCode(200)
                .body("items.findingId", contains("w-sg-b"));
    }

    @Test
    void newFiltersHoldOnEveryPage() {
        assertThat(walk("&framework=cis-aws-3.0", 1)).containsExactly(List.of("w-bucket"), List.of("w-sg-a"),
                List.of("w-sg-b"), List.of("w-trail"));
        assertThat(walk("&ownerTeamId=unowned", 1)).containsExactly(List.of("w-trail"), List.of("w-user"));
    }

    private void seed(String id, Severity severity, String control, String type, TeamRef owner,
            Map<String, List<String>> references, int minutes) {
        FindingChanged plain = finding(TENANT, id, FindingStatus.FAIL, severity, control, type, "111111111111",
                T0.plus(Duration.ofMinutes(minutes)));
        FindingChanged full = new FindingChanged(plain.tenantId(), plain.findingId(), plain.controlId(),
                plain.controlTitle(), plain.severity(), plain.status(), plain.previousStatus(), plain.resource(),
                plain.evaluatedAt(), plain.itemCaptureTime(), plain.itemHash(), plain.evidence(), plain.remediation(),
                "network-config", owner, owner == null, plain.evaluatedAt(), plain.evaluatedAt(), references, null,
                null);
        ReportingTestSupport.deliverAcked(connector, "findings", event(full));
    }

    private static List<List<String>> walk(String filters, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = list("?limit=" + limit + filters + (cursor == null ? "" : "&cursor=" + cursor))
                    .statusCode(200).extract().jsonPath();
            pages.add(page.getList("items.findingId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null && pages.size() <= 6);
        return pages;
    }

    private static ValidatableResponse list(String query) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(LIST + query).then();
    }
}
