package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.Topics;
import io.demarc.launcher.ComponentStatus;
import io.demarc.launcher.Endpoints;
import io.demarc.launcher.LocalStack;
import io.demarc.launcher.StackConfig;
import io.demarc.systemtests.StackClient.Answer;

/**
 * The walking skeleton end to end on the real stack: PostgreSQL, Kafka, Keycloak and the four services started by the
 * launcher on free ports, in a state directory of their own. An AWS Config security group with SSH open to the world
 * goes in through inventory's import API and comes out as a failing finding on reporting's API — for acme's users
 * only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonIT {

    static final Path SHARED_DATA = Path.of(System.getProperty("demarc.shared.data", "../../shared/data"));
    static final Path OPEN_SSH_GROUP = SHARED_DATA
            .resolve("aws-config-items/aws-config-rdk-example_ci/AWS_EC2_SecurityGroup.json");
    static final String[] SERVICES = {"inventory", "ownership", "assessment", "reporting"};

    LocalStack stack;
    Endpoints endpoints;
    StackClient client;

    @BeforeAll
    void startTheStack() {
        Path repoRoot = Path.of(System.getProperty("demarc.repo.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("demarc.system-test.home", "target/demarc-home"));
        StackConfig config = StackConfig.builder(repoRoot).home(home).randomFreePorts().loadDemoData(true).build();
        stack = LocalStack.configure(config);
        endpoints = stack.up();
        client = new StackClient(endpoints);
    }

    @AfterAll
    void stopTheStack() {
        if (stack != null) {
            stack.down();
        }
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

            // Both consumers of the resources topic (assessment and ownership) park it, each once.
            assertThat(deadLetters.awaitValuesContaining(Topics.deadLetter(Topics.INVENTORY_RESOURCES), marker, 2,
                    Duration.ofSeconds(60))).hasSize(2);
        }
        assertThat(findingsTotal("acme", analyst)).isEqualTo(findingsBefore);
        assertThat(client.get("assessment", "/q/health/ready", null).status()).isEqualTo(200);
    }

    @Test
    @Order(8)
    void downLeavesNoProcessBehind() {
        List<Long> pids = stack.status().components().stream().map(ComponentStatus::pid)
                .filter(pid -> pid.isPresent()).map(pid -> pid.getAsLong()).toList();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(7);

        stack.down();

        // A daemon (the PostgreSQL postmaster) is reaped by init a moment after it exits: allow for that.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(pids).noneMatch(WalkingSkeletonIT::running));
        assertThat(stack.status().noneRunning()).isTrue();
        stack = null;
    }

    private List<JsonNode> findings(String tenant, String token) {
        Answer answer = client.get("reporting", "/api/v1/tenants/" + tenant + "/findings?size=500", token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return StreamSupport.stream(answer.body().path("items").spliterator(), false).toList();
    }

    /** Alive and not a zombie (an exited process whose parent has not collected it yet). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }

    private long findingsTotal(String tenant, String token) {
        return client.get("reporting", "/api/v1/tenants/" + tenant + "/findings?size=1", token).body().path("total")
                .asLong();
    }

    private static void assertNotFound(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
