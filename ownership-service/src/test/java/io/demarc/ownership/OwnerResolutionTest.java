package io.demarc.ownership;

import static io.demarc.ownership.OwnershipApi.assign;
import static io.demarc.ownership.OwnershipApi.assigned;
import static io.demarc.ownership.OwnershipApi.createTeam;
import static io.demarc.ownership.ResourceEventFixtures.T0;
import static io.demarc.ownership.ResourceEventFixtures.item;
import static io.demarc.ownership.ResourceEventFixtures.upserted;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * Scope precedence as the API answers it, and the unowned duties it leaves. Tenant {@code hooli} runs two buckets
 * (one tagged {@code env=prod}) and a security group; network configuration is owned tenant-wide by Platform, for
 * buckets by Storage, for tagged resources by Prod, and for the security group itself by Firewall.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources"), @ResourceArg(name = "outgoing", value = "outbox")})
class OwnerResolutionTest {

    private static final String TENANT = "hooli";
    private static final String ACCOUNT = "111122223333";
    private static final String NETWORK = "network-configuration";
    private static final String SG_ARN = "arn:aws:ec2:eu-west-1:111122223333:security-group/sg-1";
    private static boolean seeded;

    @Inject
    @Any
    InMemoryConnector connector;

    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seed(item("AWS::S3::Bucket", "logs", T0));
        seed(withTags(item("AWS::S3::Bucket", "orders", T0), null, Map.of("env", "prod")));
        seed(withTags(item("AWS::EC2::SecurityGroup", "sg-1", T0), SG_ARN, Map.of()));
        String platform = createTeam(TENANT, "Platform");
        assigned(TENANT, platform, NETWORK, "TENANT", null);
        assigned(TENANT, createTeam(TENANT, "Storage"), NETWORK, "RESOURCE_TYPE", "AWS::S3::Bucket");
        assigned(TENANT, createTeam(TENANT, "Prod"), NETWORK, "TAG", "env=prod");
        assigned(TENANT, createTeam(TENANT, "Firewall"), NETWORK, "RESOURCE", SG_ARN);
        assign(TENANT, platform, NETWORK, "TENANT", null, "ACCOUNTABLE", null).statusCode(201);
        seeded = true;
    }

    @Test
    void theMostSpecificScopeWins() {
        resolve("AWS::S3::Bucket", "logs", NETWORK).statusCode(200)
                .body("responsible.team.name", equalTo("Storage"))
                .body("responsible.scope.kind", equalTo("RESOURCE_TYPE"))
                .body("responsible.why", equalTo("scope RESOURCE_TYPE beats TENANT"))
                .body("accountable.team.name", equalTo("Platform"))
                .body("side", equalTo("SHARED")).body("unowned", equalTo(false));
        resolve("AWS::S3::Bucket", "orders", NETWORK)
                .body("responsible.team.name", equalTo("Prod"))
                .body("responsible.why", equalTo("scope TAG beats RESOURCE_TYPE, TENANT"))
                .body("tags.env", equalTo("prod"));
        resolve("AWS::EC2::SecurityGroup", "sg-1", NETWORK)
                .body("responsible.team.name", equalTo("Firewall"))
                .body("resource.arn", equalTo(SG_ARN))
                .body("responsible.why", equalTo("scope RESOURCE beats TENANT"));
        // A resource the tenant does not have is resolved from its parts alone.
        resolve("AWS::Lambda::Function", "resize", NETWORK)
                .body("responsible.team.name", equalTo("Platform"))
                .body("responsible.why", containsString("the only RESPONSIBLE assignment"));
    }

    @Test
    void aDomainNobodyOwnsIsUnownedAndAnAwsOneIsNot() {
        resolve("AWS::S3::Bucket", "logs", "encryption-at-rest").statusCode(200)
                .body("responsible", nullValue()).body("accountable", nullValue()).body("unowned", equalTo(true));
        resolve("AWS::S3::Bucket", "logs", "physical-environmental").statusCode(200)
                .body("side", equalTo("AWS")).body("responsible", nullValue()).body("unowned", equalTo(false));
    }

    @Test
    void refusesQuestionsItCannotAnswer() {
        given().auth().oauth2(TestTokens.analyst(TENANT))
                .get("/api/v1/tenants/{t}/owners/resolve?domain=" + NETWORK, TENANT).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("resourceType"));
        resolve("AWS::S3::Bucket", "logs", "teleportation").statusCode(400)
                .body("detail", containsString("not a control domain"));
    }

    @Test
    void listsTheDutiesLeftWithoutOwnersAndCountsThem() {
        ValidatableResponse unowned = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get("/api/v1/tenants/{t}/duties/unowned?limit=500", TENANT).then().statusCode(200);
        // Network configuration is covered everywhere, so it never appears.
        unowned.body("items.findAll { it.domain == 'network-configuration' }", org.hamcrest.Matchers.empty())
                .body("items.find { it.resourceType == 'AWS::S3::Bucket' && it.domain == 'encryption-at-rest' }"
                        + ".uncoveredCount", equalTo(2))
                .body("items.find { it.resourceType == 'AWS::S3::Bucket' && it.domain == 'encryption-at-rest' }"
                        + ".uncovered.resourceId", contains("logs", "orders"))
                .body("items.findAll { it.side == 'AWS' }", org.hamcrest.Matchers.empty());
        int count = unowned.extract().path("items.size()");

        given().auth().oauth2(TestTokens.auditor(TENANT)).get("/api/v1/tenants/{t}/summary", TENANT).then()
                .statusCode(200).body("unownedDuties", equalTo(count)).body("teams", equalTo(4))
                .body("activeAssignments", equalTo(5)).body("resourceTypesInUse", equalTo(2));

        // Paging walks the same list.
        String next = given().auth().oauth2(TestTokens.auditor(TENANT))
                .get("/api/v1/tenants/{t}/duties/unowned?limit=1", TENANT).then().extract().path("nextCursor");
        given().auth().oauth2(TestTokens.auditor(TENANT))
                .get("/api/v1/tenants/{t}/duties/unowned?limit=500&cursor=" + next, TENANT).then()
                .body("items.size()", equalTo(count - 1));
    }

    private void seed(ConfigurationItem item) {
        assertThat(InMemoryDelivery.deliver(connector, "resources", upserted(TENANT, item)).status())
                .isEqualTo(InMemoryDelivery.Status.ACKED);
    }

    private static ConfigurationItem withTags(ConfigurationItem i, String arn, Map<String, String> tags) {
        return new ConfigurationItem(i.accountId(), i.awsRegion(), i.resourceType(), i.resourceId(), i.resourceName(),
                arn, i.configurationItemCaptureTime(), i.configurationStateId(), i.configurationItemStatus(), tags,
                null, null);
    }

    private static ValidatableResponse resolve(String type, String id, String domain) {
        return given().auth().oauth2(TestTokens.analyst(TENANT)).queryParam("resourceType", type)
                .queryParam("resourceId", id).queryParam("accountId", ACCOUNT).queryParam("region", "eu-west-1")
                .queryParam("domain", domain).get("/api/v1/tenants/{t}/owners/resolve", TENANT).then();
    }
}
