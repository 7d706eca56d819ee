package io.demarc.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.TenantWall;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.specification.RequestSpecification;

/** The findings API: filters, cursor pages, one finding with its evidence and timeline, and the tenant wall. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class FindingResourceTest {

    static final String SSH = ResourceChangedConsumerTest.SSH_CONTROL;

    @Inject
    MessagingHarness harness;

    String tenant;
    ConfigurationItem open;
    ConfigurationItem tagged;

    /** Two groups: the open one was fixed (FAIL then PASS), the tagged one stays open and is owned by prod-ops. */
    @BeforeEach
    void twoGroups() {
        tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        open = ResourceEvents.openSecurityGroup();
        tagged = OwnershipTest.otherGroup(open);
        harness.sendAssignment(AssignmentEvents.assigned(tenant, AssignmentEvents.responsible("a-tag",
                new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), "prod-ops")));
        harness.send(ResourceEvents.upserted(tenant, open));
        harness.send(ResourceEvents.upserted(tenant, tagged));
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.fixed(open)));
        harness.settledFindings(tenant);
    }

    String path() {
        return "/api/v1/tenants/" + tenant + "/findings";
    }

    RequestSpecification analyst() {
        return given().auth().oauth2(TestTokens.analyst(tenant));
    }

    @Test
    void filtersByStatusControlAndResource() {
        analyst().queryParam("controlId", SSH).get(path()).then().statusCode(200).body("items", hasSize(2))
                .body("items.controlTitle", everyItem(notNullValue()));
        analyst().queryParam("controlId", SSH).queryParam("status", "FAIL").get(path()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resource.resourceId", equalTo(tagged.resourceId()))
                .body("items[0].severity", equalTo("HIGH")).body("items[0].domain", equalTo("network-configuration"));
        analyst().queryParam("status", "fail").queryParam("severity", "HIGH").get(path()).then().statusCode(200)
                .body("items.status", everyItem(equalTo("FAIL"))).body("items.severity", everyItem(equalTo("HIGH")))
                .body("items.controlId", hasItem(SSH));
        analyst().queryParam("resourceType", "AWS::EC2::SecurityGroup").queryParam("accountId", open.accountId())
                .queryParam("region", open.awsRegion()).queryParam("limit", 500).get(path()).then().statusCode(200)
                .body("items", not(empty()));
        analyst().queryParam("region", "mars-north-1").get(path()).then().statusCode(200).body("items", empty());
        analyst().queryParam("framework", "aws-fsbp").queryParam("controlId", SSH).get(path()).then()
                .statusCode(200).body("items", hasSize(2));
        analyst().queryParam("framework", "gdpr").queryParam("controlId", SSH).get(path()).then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void filtersByOwner() {
        analyst().queryParam("owner", "prod-ops").queryParam("limit", 500).get(path()).then().statusCode(200)
                .body("items", not(empty())).body("items.owner.teamId", everyItem(equalTo("prod-ops")))
                .body("items.resource.resourceId", everyItem(equalTo(tagged.resourceId())))
                .body("items.unowned", everyItem(equalTo(false)));
        analyst().queryParam("unowned", "true").queryParam("controlId", SSH).get(path()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].resource.resourceId", equalTo(open.resourceId()))
                .body("items[0].owner", nullValue());
        analyst().queryParam("unowned", "false").queryParam("controlId", SSH).get(path()).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].owner.name", equalTo("Team prod-ops"));
    }

    @Test
    void pagesEveryFindingOnceWithACursor() {
        long total = harness.of(tenant).count("select count(*) from evaluation where tenant_id = ?1", tenant);
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = analyst().queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Map<String, Object> page = request.get(path()).then().statusCode(200).extract().jsonPath().getMap("");
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(item -> seen.add((String) item.get("findingId")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);

        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void showsOneFindingWithEvidenceAndTimeline() {
        String findingId = analyst().queryParam("controlId", SSH).queryParam("status", "PASS").get(path()).then()
                .statusCode(200).extract().path("items[0].findingId");

        given().auth().oauth2(TestTokens.auditor(tenant)).get(path() + "/" + findingId).then().statusCode(200)
                .body("findingId", equalTo(findingId)).body("status", equalTo("PASS"))
                .body("evidence.itemHash", notNullValue()).body("evidence.observed", empty())
                .body("remediation", notNullValue()).body("references.aws-fsbp", hasItem("EC2.13"))
                .body("timeline", hasSize(2))
                .body("timeline[0].previousStatus", nullValue()).body("timeline[0].status", equalTo("FAIL"))
                .body("timeline[1].previousStatus", equalTo("FAIL")).body("timeline[1].status", equalTo("PASS"))
                .body("timeline[1].at", notNullValue()).body("firstSeen", notNullValue());
        analyst().get(path() + "/no-such-finding").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void refusesBadFiltersWithAProblem() {
        Map<String, String> bad = Map.of("status", "BROKEN", "severity", "DIRE", "framework", "cis-9", "unowned",
                "maybe", "limit", "0");
        bad.forEach((name, value) -> analyst().queryParam(name, value).get(path()).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(name)));
        analyst().queryParam("owner", "prod-ops").queryParam("unowned", "true").get(path()).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void refusesOutsiders() {
        String findingId = analyst().get(path()).then().statusCode(200).extract().path("items[0].findingId");
        String other = "t-" + UUID.randomUUID().toString().substring(0, 8);

        TenantWall.assertRefusesOutsiders(path(), tenant, other);
        TenantWall.assertRefusesOutsiders(path() + "/" + findingId, tenant, other);
        given().auth().oauth2(TestTokens.platformAdmin()).get(path() + "/" + findingId).then().statusCode(200);
    }
}
