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
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.service.rest.CursorRequest;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The finding API: who may read it, and how lists are filtered, ordered and paged by cursor. Tenant {@code umbrella} holds
 * exactly the six findings below, so counts and order are exact.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class FindingResourceTest {

    private static final String TENANT = "umbrella";
    private static final String LIST = "/api/v1/tenants/umbrella/findings";
    private static final String ACCOUNT_A = "111111111111";
    private static final String ACCOUNT_B = "222222222222";
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seed("u-bucket", FindingStatus.FAIL, Severity.CRITICAL, "S3.8", "AWS::S3::Bucket", ACCOUNT_A, 0);
        seed("u-sg-a", FindingStatus.FAIL, Severity.HIGH, "EC2.13", "AWS::EC2::SecurityGroup", ACCOUNT_A, 1);
        seed("u-sg-b", FindingStatus.FAIL, Severity.HIGH, "EC2.13", "AWS::EC2::SecurityGroup", ACCOUNT_B, 2);
        seed("u-user", FindingStatus.PASS, Severity.LOW, "IAM.5", "AWS::IAM::User", ACCOUNT_A, 3);
        seed("u-trail", FindingStatus.FAIL, Severity.MEDIUM, "CloudTrail.1", "AWS::CloudTrail::Trail", ACCOUNT_B, 4);
        seed("u-volume", FindingStatus.NOT_APPLICABLE, Severity.INFORMATIONAL, "EC2.3", "AWS::EC2::Volume",
                ACCOUNT_A, 5);
        seeded = true;
    }

    @Test
    void listsMostSevereFirstThenByFindingId() {
        list("").statusCode(200)
                .body("items.findingId", contains("u-bucket", "u-sg-a", "u-sg-b", "u-trail", "u-user", "u-volume"))
                .body("limit", equalTo(50)).body("nextCursor", nullValue())
                .body("items[0].evidence", nullValue());
    }

    @Test
    void filtersByEachParameter() {
        list("?status=FAIL").body("items.findingId", contains("u-bucket", "u-sg-a", "u-sg-b", "u-trail"));
        list("?status=fail&severity=high").body("items.findingId", contains("u-sg-a", "u-sg-b"));
        list("?controlId=EC2.13&accountId=" + ACCOUNT_B).body("items.findingId", contains("u-sg-b"));
        list("?resourceType=AWS::S3::Bucket").body("items.findingId", contains("u-bucket"));
        list("?accountId=999999999999").body("items", empty()).body("nextCursor", nullValue());
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlapUntilTheListEnds() {
        assertThat(walk("", 2)).containsExactly(List.of("u-bucket", "u-sg-a"), List.of("u-sg-b", "u-trail"),
                List.of("u-user", "u-volume"));
        assertThat(walk("", 4)).containsExactly(List.of("u-bucket", "u-sg-a", "u-sg-b", "u-trail"),
                List.of("u-user", "u-volume"));
        list("?limit=6").body("items", hasSize(6)).body("nextCursor", nullValue());
    }

    @Test
    void filtersHoldOnEveryPage() {
        assertThat(walk("&status=FAIL", 1)).containsExactly(List.of("u-bucket"), List.of("u-sg-a"),
                List.of("u-sg-b"), List.of("u-trail"));
        assertThat(walk("&accountId=" + ACCOUNT_A, 2)).containsExactly(List.of("u-bucket", "u-sg-a"),
                List.of("u-user", "u-volume"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"?limit=0", "?limit=501", "?limit=-3"})
    void refusesALimitOutOfBounds(String query) {
        list(query).statusCode(400).contentType("application/problem+json").body("detail", containsString("limit"));
    }

    @Test
    void refusesALimitThatIsNoNumber() {
        list("?limit=many").statusCode(400).contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not*base64", "Zm9yZ2Vk", "OXx1LWJ1Y2tldA", "MHw", "eHx1LWJ1Y2tldA"})
    void refusesACursorItDidNotMake(String cursor) {
        // "forged", "9|u-bucket", "0|", "x|u-bucket": base64 all, but no severity rank and finding id
        list("?cursor=" + cursor).statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo(CursorRequest.FORGED));
    }

    @Test
    void refusesUnknownEnumValuesNamingTheAllowedOnes() {
        list("?status=BROKEN").statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("status must be one of PASS, FAIL, NOT_APPLICABLE, ERROR, got 'BROKEN'"));
        list("?severity=urgent").statusCode(400).contentType("application/problem+json")
                .body("detail",
                        equalTo("severity must be one of INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL, got 'urgent'"));
    }

    @Test
    void showsOneFindingWithItsEvidence() {
        given().auth().oauth2(TestTokens.auditor(TENANT)).get(LIST + "/u-sg-a").then().statusCode(200)
                .body("findingId", equalTo("u-sg-a"))
                .body("status", equalTo("FAIL"))
                .body("itemHash", equalTo("sha256:u-sg-a"))
                .body("evidence.ipPermissions[0].cidrIp", equalTo("0.0.0.0/0"));
    }

    @Test
    void answersAnUnknownFindingWith404Problem() {
        given().auth().oauth2(TestTokens.analyst(TENANT)).get(LIST + "/no-such-finding").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {LIST, LIST + "/u-bucket"})
    void everyRoleOfTheTenantMayRead(String path) {
        for (String token : List.of(TestTokens.analyst(TENANT), TestTokens.auditor(TENANT),
                TestTokens.tenantAdmin(TENANT), TestTokens.platformAdmin())) {
            given().auth().oauth2(token).get(path).then().statusCode(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {LIST, LIST + "/u-bucket"})
    void othersAreRefused(String path) {
        TenantWall.assertRefusesOutsiders(path, TENANT, "globex");
    }

    private void seed(String id, FindingStatus status, Severity severity, String control, String type,
            String account, int minutes) {
        String payload = event(finding(TENANT, id, status, severity, control, type, account,
                T0.plus(Duration.ofMinutes(minutes))));
        assertThat(InMemoryDelivery.deliver(connector, "findings", payload).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    /** The finding ids of every page of the list, following {@code nextCursor} from the first page to the last. */
    private static List<List<String>> walk(String filters, int limit) {
        List<List<String>> pages = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = list("?limit=" + limit + filters + (cursor == null ? "" : "&cursor=" + cursor))
                    .statusCode(200).body("limit", equalTo(limit)).extract().jsonPath();
            pages.add(page.getList("items.findingId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null && pages.size() <= 6);
        return pages;
    }

    private static ValidatableResponse list(String query) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).get(LIST + query).then();
    }
}
