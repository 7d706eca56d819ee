package io.demarc.systemtests;

import static io.demarc.systemtests.ApiAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.Topics;
import io.demarc.launcher.Endpoints;
import io.demarc.systemtests.StackClient.Answer;

/**
 * The walking skeleton end to end on the real stack: PostgreSQL, Kafka, Keycloak and the four services started by the
 * launcher on free ports, in a state directory of their own (shared by every IT class, see {@link RealStack}). An AWS Config security group with SSH open to the world
 * goes in through inventory's import API and comes out as a failing finding on reporting's API — for acme's users
 * only.
 */
@ExtendWith(RealStack.class)
@Order(1)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    static final Path SHARED_DATA = Path.of(System.getProperty("demarc.shared.data", "../../shared/data"));
    static final Path OPEN_SSH_GROUP = SHARED_DATA
            .resolve("aws-config-items/aws-config-rdk-example_ci/AWS_EC2_SecurityGroup.json");
    static final String[] SERVICES = {"inventory", "ownership", "assessment", "reporting"};

    Endpoints endpoints;
    StackClient client;

    @BeforeAll
    void useTheSharedStack() {
        endpoints = RealStack.running().endpoints();
        client = RealStack.running().client();
    }

    @Test
    @Order(1)
    void everyServiceIsReady() {
        for (String service : SERVICES) {
            Answer health = client.get(service, "/q/health/ready", null);
            assertThat(health.status()).as(service).isEqualTo(200);
            assertThat(health.body().path("status").asText()).as(service).isEqualTo("UP");
        }
    }

    @Test
    @Order(2)
    void demoDataBecomesFindingsForEachTenant() {
        String acmeAnalyst = client.tokenFor("acme-analyst");
        String globexAdmin = client.tokenFor("globex-admin");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(findings("acme", acmeAnalyst)).anyMatch(f -> f.path("status").asText().equals("FAIL"));
            assertThat(findings("globex", globexAdmin)).anyMatch(f -> f.path("status").asText().equals("FAIL"));
        });
    }

    @Test
    @Order(3)
    void anImportedSecurityGroupOpenToTheWorldOnSshBecomesAFailingFinding() throws IOException {
        Answer imported = client.postJson("inventory", "/api/v1/tenants/acme/imports", client.tokenFor("acme-admin"),
                Files.readString(OPEN_SSH_GROUP));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.body().path("received").asInt()).isEqualTo(1);

        String analyst = client.tokenFor("acme-analyst");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(findings("acme", analyst))
                .filteredOn(f -> f.path("resource").path("resourceId").asText().equals("sg-1d56fc66"))
                .filteredOn(f -> f.path("controlId").asText().equals("ec2-sg-ssh-open-world"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path("status").asText()).isEqualTo("FAIL");
                    assertThat(f.path("severity").asText()).isEqualTo("HIGH");
                    assertThat(f.path("resource").path("accountId").asText()).isEqualTo("264683526309");
                    assertThat(f.path("resource").path("resourceType").asText())
                            .isEqualTo("AWS::EC2::SecurityGroup");
                }));

        // The auditor of the same tenant reads it too.
        assertThat(findings("acme", client.tokenFor("acme-auditor")))
                .anyMatch(f -> f.path("resource").path("resourceId").asText().equals("sg-1d56fc66"));
        // Another tenant's admin does not see it in their own tenant.
        assertThat(findings("globex", client.tokenFor("globex-admin")))
                .noneMatch(f -> f.path("resource").path("resourceId").asText().equals("sg-1d56fc66"));
    }

    @Test
    @Order(4)
    void anotherTenantsPathIsNotFoundOnEveryService() {
        String acmeAnalyst = client.tokenFor("acme-analyst");
        String globexAdmin = client.tokenFor("globex-admin");

        assertNotFound(client.get("reporting", "/api/v1/tenants/globex/findings", acmeAnalyst));
        assertNotFound(client.get("reporting", "/api/v1/tenants/acme/findings", globexAdmin));
        assertNotFound(client.get("inventory", "/api/v1/tenants/globex/resources", acmeAnalyst));
        assertNotFound(client.get("ownership", "/api/v1/tenants/globex/resource-types", acmeAnalyst));
        assertNotFound(client.get("assessment", "/api/v1/tenants/globex/controls", acmeAnalyst));
        assertNotFound(client.postJson("inventory", "/api/v1/tenants/acme/imports", globexAdmin, "[]"));
    }

    @Test
    @Order(5)
    void noTokenIs401AndAMissingRoleIs403() {
        for (String service : SERVICES) {
            assertThat(client.get(service, "/api/v1/tenants/acme/findings", null).status()).as(service)
                    .isEqualTo(401);
        }
        Answer auditorImport = client.postJson("inventory", "/api/v1/tenants/acme/imports",
                client.tokenFor("acme-auditor"), "[]");
        assertThat(auditorImport.status()).isEqualTo(403);
        assertThat(auditorImport.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(6)
    void thePlatformAdminSeesEveryTenant() {
        String operator = client.tokenFor("msp-operator");

        assertThat(client.get("reporting", "/api/v1/tenants/acme/findings", operator).status()).isEqualTo(200);
        assertThat(client.get("reporting", "/api/v1/tenants/globex/findings", operator).status()).isEqualTo(200);
        assertThat(client.get("ownership", "/api/v1/tenants/acme/resource-types", operator).body().path("items"))
                .anyMatch(t -> t.path("resourceType").asText().equals("AWS::EC2::SecurityGroup"));
    }

    @Test
    @Order(7)
    void aPoisonMessageIsParkedOnTheDeadLetterTopicAndChangesNothing() {
        String analyst = client.tokenFor("acme-analyst");
        long findingsBefore = findingsTotal("acme", analyst);
        String marker = "poison-" + System.nanoTime();

        try (DeadLetters deadLetters = new DeadLetters(endpoints.kafkaBootstrapServers())) {
            deadLetters.publish(Topics.INVENTORY_RESOURCES, "acme/poison", "{not an event " + marker);

            // Every consumer of the resources topic (ownership, assessment and reporting) parks it, each once.
            assertThat(deadLetters.awaitValuesContaining(Topics.deadLetter(Topics.INVENTORY_RESOURCES), marker, 3,
                    Duration.ofSeconds(60))).hasSize(3);
        }
        assertThat(findingsTotal("acme", analyst)).isEqualTo(findingsBefore);
        assertThat(client.get("assessment", "/q/health/ready", null).status()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void aPlatformAdminCreatesATenantAndItsKeycloakOrganization() {
        Answer created = client.postJson("inventory", "/api/v1/tenants", client.tokenFor("msp-operator"),
                "{\"id\": \"initech\", \"name\": \"Initech\", \"domains\": [\"initech.example\"]}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("id").asText()).isEqualTo("initech");

        assertThat(organizations("initech")).singleElement().satisfies(organization -> {
            assertThat(organization.path("name").asText()).isEqualTo("Initech");
            assertThat(organization.path("enabled").asBoolean()).isTrue();
            assertThat(organization.path("domains").toString()).contains("initech.example");
        });
    }

    @Test
    @Order(9)
    void aTenantAdminMayNotCreateTenants() {
        Answer refused = client.postJson("inventory", "/api/v1/tenants", client.tokenFor("acme-admin"),
                "{\"id\": \"hooli\", \"name\": \"Hooli\"}");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(organizations("hooli")).isEmpty();
    }

    @Test
    @Order(10)
    void theDemoTenantIsRegisteredWithItsKeycloakOrganizationAndItsAdminGetsTheCloudFormationTemplate() {
        String acmeAdmin = client.tokenFor("acme-admin");
        String template = "/api/v1/tenants/acme/onboarding/cloudformation?format=json";
        // acme comes from the realm file; the demo data registered it in inventory, keeping the organization
        // Keycloak already had (Keycloak answered 409, which is fine). A second registration is a conflict.
        Answer again = client.postJson("inventory", "/api/v1/tenants", client.tokenFor("msp-operator"),
                "{\"id\": \"acme\", \"name\": \"Acme Corp\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(organizations("acme")).singleElement()
                .satisfies(organization -> assertThat(organization.path("name").asText()).isEqualTo("Acme Corp"));

        Answer onboarding = client.get("inventory", "/api/v1/tenants/acme/onboarding", acmeAdmin);
        assertThat(onboarding.status()).as(onboarding.toString()).isEqualTo(200);
        String externalId = onboarding.body().path("externalId").asText();
        assertThat(externalId).isNotBlank();

        Answer cloudFormation = client.get("inventory", template, acmeAdmin);
        assertThat(cloudFormation.status()).as(cloudFormation.toString()).isEqualTo(200);
        JsonNode trust = cloudFormation.body().at("/Resources").elements().next()
                .at("/Properties/AssumeRolePolicyDocument/Statement/0");
        assertThat(trust.at("/Condition/StringEquals/sts:ExternalId").asText()).isEqualTo(externalId);
        assertThat(trust.at("/Principal/AWS").asText()).isEqualTo("arn:aws:iam::000000000000:role/DemarcCollector");

        // Another tenant's admin does not even learn that acme's onboarding exists.
        assertNotFound(client.get("inventory", template, client.tokenFor("globex-admin")));
    }

    /** The realm's organizations whose alias is exactly {@code alias}, as Keycloak's admin API lists them. */
    private List<JsonNode> organizations(String alias) {
        Answer answer = client.keycloakAdminGet("/admin/realms/demarc/organizations?search=" + alias,
                client.keycloakAdminToken());
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.body().spliterator(), false)
                .filter(organization -> organization.path("alias").asText().equals(alias)).toList();
    }

    /** Every finding of the tenant, following the list's cursor from the first page to the last. */
    private List<JsonNode> findings(String tenant, String token) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            Answer answer = client.get("reporting", "/api/v1/tenants/" + tenant + "/findings?limit=500"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            all.addAll(answer.items());
            cursor = answer.body().path("nextCursor").textValue();
        } while (cursor != null);
        return all;
    }

    private long findingsTotal(String tenant, String token) {
        return findings(tenant, token).size();
    }
}
