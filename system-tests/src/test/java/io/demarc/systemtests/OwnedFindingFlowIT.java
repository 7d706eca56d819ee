package io.demarc.systemtests;

import static io.demarc.systemtests.StackClient.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.contracts.EventCodec;
import io.demarc.systemtests.StackClient.Answer;

/**
 * Ownership → assessment → reporting on the real stack: acme's tenant-admin gives network configuration to a team, a
 * security group open to the world on SSH is imported, and its failing finding reaches the team everywhere: as owner
 * in assessment and reporting, in reporting's matrix and in the team's work queue; CIS 5.2 fails in the posture. An
 * exception approved under four eyes then takes the finding out of the work queue. Every step crosses Kafka, hence
 * the waits.
 */
@ExtendWith(RealStack.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OwnedFindingFlowIT {

    static final String ACME = "/api/v1/tenants/acme";
    static final String DOMAIN = "network-configuration";
    static final String SSH_CONTROL = "ec2-sg-ssh-open-world";
    static final String SECURITY_GROUP = "AWS::EC2::SecurityGroup";
    /** Events cross Kafka between three services on a busy 2-core machine. */
    static final Duration EVENTUALLY = Duration.ofSeconds(60);

    StackClient client;
    /** A security group id of this run only, so earlier runs against a kept state directory cannot interfere. */
    final String groupId = String.format("sg-%017x", ThreadLocalRandom.current().nextLong() >>> 4);
    String teamId;
    String findingId;

    @BeforeAll
    void useTheSharedStack() {
        client = RealStack.running().client();
    }

    @Test
    @Order(1)
    void aTenantAdminGivesNetworkConfigurationToATeamForTheWholeTenant() {
        String admin = client.tokenFor("acme-admin");
        revokeTenantWideOwnersOfTheDomain(admin);

        JsonNode team = client.postJson("ownership", ACME + "/teams", admin,
                "{\"name\": \"Network " + groupId + "\", \"contactEmail\": \"network@acme.example\"}").expect(201);
        teamId = team.path("teamId").asText();
        JsonNode assignment = client.postJson("ownership", ACME + "/assignments", admin, """
                {"domain": "%s", "scope": {"kind": "TENANT"}, "teamId": "%s", "role": "RESPONSIBLE"}
                """.formatted(DOMAIN, teamId)).expect(201);
        assertThat(assignment.path("activeToday").asBoolean()).isTrue();
        assertThat(assignment.path("team").path("teamId").asText()).isEqualTo(teamId);

        // Ownership's own matrix: the team owns the cell of a type acme already runs (demo data). Awaited only because
        // a run of this class alone may come right after the demo data went in.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode cell = cell(client.get("ownership", ACME + "/matrix?size=500", admin).expect(200)
                    .path("items"), "domains");
            assertThat(cell.path("owner").path("teamId").asText()).isEqualTo(teamId);
            assertThat(cell.path("unowned").asBoolean()).isFalse();
        });
    }

    @Test
    @Order(2)
    void assessmentGivesTheTeamTheFindingsItAlreadyHad() {
        // The demo data's open security groups of acme were judged before the assignment: its event re-resolves them.
        // Waiting for this also puts the import below after the assignment in assessment: its resource and assignment
        // consumers can still miss each other when both events arrive within the same moment.
        String analyst = client.tokenFor("acme-analyst");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(elements(client.get("assessment", ACME
                + "/findings?controlId=" + SSH_CONTROL + "&limit=500", analyst).expect(200).path("items")))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.path("owner").path("teamId").asText()).isEqualTo(teamId)));
    }

    @Test
    @Order(3)
    void theImportedOpenSshGroupFailsWithTheTeamAsOwnerInAssessmentAndReporting() throws IOException {
        JsonNode imported = client.postJson("inventory", ACME + "/imports", client.tokenFor("acme-admin"),
                openSshGroup()).expect(200);
        assertThat(imported.path("received").asInt()).isEqualTo(1);

        String analyst = client.tokenFor("acme-analyst");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode finding = ours(client.get("assessment", ACME + "/findings?controlId=" + SSH_CONTROL
                    + "&resourceType=" + query(SECURITY_GROUP) + "&limit=500", analyst).expect(200).path("items"));
            assertThat(finding.path("status").asText()).isEqualTo("FAIL");
            assertThat(finding.path("domain").asText()).isEqualTo(DOMAIN);
            assertThat(finding.path("owner").path("teamId").asText()).isEqualTo(teamId);
            assertThat(finding.path("unowned").asBoolean()).isFalse();
            findingId = finding.path("findingId").asText();
        });
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode finding = ours(reportingFindings(analyst));
            assertThat(finding.path("findingId").asText()).isEqualTo(findingId);
            assertThat(finding.path("status").asText()).isEqualTo("FAIL");
            assertThat(finding.path("owner").path("teamId").asText()).isEqualTo(teamId);
            assertThat(finding.path("unowned").asBoolean()).isFalse();
            assertThat(finding.path("exceptionId").textValue()).as("no exception yet").isNull();
        });
    }

    @Test
    @Order(4)
    void reportingsMatrixShowsTheTeamOnSecurityGroupsTimesNetworkConfiguration() {
        String auditor = client.tokenFor("acme-auditor");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode cell = cell(client.get("reporting", ACME + "/matrix", auditor).expect(200).path("types"),
                    "cells");
            assertThat(cell.path("side").asText()).isIn("CUSTOMER", "SHARED");
            assertThat(cell.path("owner").path("teamId").asText()).isEqualTo(teamId);
            assertThat(cell.path("unowned").asBoolean()).isFalse();
        });
    }

    @Test
    @Order(5)
    void theTeamsWorkQueueListsTheFindingWithItsRemediation() {
        String analyst = client.tokenFor("acme-analyst");
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(workQueue(analyst))
                .filteredOn(item -> item.path("findingId").asText().equals(findingId)).singleElement()
                .satisfies(item -> {
                    assertThat(item.path("severity").asText()).isEqualTo("HIGH");
                    assertThat(item.path("resource").path("resourceId").asText()).isEqualTo(groupId);
                    assertThat(item.path("remediation").asText()).isNotBlank();
                }));

        List<JsonNode> queues = elements(client.get("reporting", ACME + "/work-queues", analyst).expect(200));
        assertThat(queues).filteredOn(queue -> queue.path("teamId").asText().equals(teamId)).singleElement()
                .satisfies(queue -> assertThat(queue.path("open").asLong()).isGreaterThanOrEqualTo(1));
    }

    @Test
    @Order(6)
    void thePostureFailsCisFivePointTwoThroughTheSshControl() {
        String auditor = client.tokenFor("acme-auditor");
        JsonNode cis = elements(client.get("reporting", ACME + "/posture", auditor).expect(200).path("frameworks"))
                .stream()
                .filter(framework -> framework.path("framework").asText().equals("cis-aws-3.0")).findFirst()
                .orElseThrow(() -> new AssertionError("no cis-aws-3.0 in the posture"));
        assertThat(cis.path("failing").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(cis.path("score").asDouble()).isLessThan(100.0);

        Answer requirements = client.get("reporting", ACME + "/posture/cis-aws-3.0/requirements?limit=500", auditor);
        assertThat(requirements.expect(200).path("nextCursor").textValue()).isNull();
        assertThat(requirements.items()).filteredOn(r -> r.path("id").asText().equals("5.2")).singleElement()
                .satisfies(requirement -> {
                    assertThat(requirement.path("status").asText()).isEqualTo("FAILING");
                    assertThat(requirement.path("controlIds").toString()).contains(SSH_CONTROL);
                    assertThat(requirement.path("failingResources").asLong()).isGreaterThanOrEqualTo(1);
                });
    }

    @Test
    @Order(7)
    void anExceptionApprovedByAnotherPersonTakesTheFindingOutOfTheWorkQueue() {
        String admin = client.tokenFor("acme-admin");
        JsonNode requested = client.postJson("assessment", ACME + "/exceptions", admin, """
                {"findingId": "%s", "justification": "Bastion of the system test; access is filtered upstream.",
                 "expiresAt": "%s"}
                """.formatted(findingId, Instant.now().plus(30, ChronoUnit.DAYS))).expect(201);
        String exceptionId = requested.path("id").asText();
        assertThat(requested.path("state").asText()).isEqualTo("REQUESTED");
        assertThat(requested.path("controlId").asText()).isEqualTo(SSH_CONTROL);

        // The requester may not approve their own request (four eyes); the MSP's platform-admin approves.
        Answer ownApproval = client.postJson("assessment", ACME + "/exceptions/" + exceptionId + "/approve", admin,
                "{\"note\": \"my own request\"}");
        assertThat(ownApproval.status()).as(ownApproval.toString()).isEqualTo(403);
        assertThat(ownApproval.contentType()).startsWith("application/problem+json");
        JsonNode approved = client.postJson("assessment", ACME + "/exceptions/" + exceptionId + "/approve",
                client.tokenFor("msp-operator"), "{\"note\": \"reviewed the bastion's upstream filter\"}")
                .expect(200);
        assertThat(approved.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.path("active").asBoolean()).isTrue();
        assertThat(approved.path("decidedBy").asText()).isNotBlank()
                .isNotEqualTo(requested.path("requestedBy").asText());

        String analyst = client.tokenFor("acme-analyst");
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode finding = ours(reportingFindings(analyst));
            assertThat(finding.path("exceptionId").asText()).isEqualTo(exceptionId);
            assertThat(finding.path("status").asText()).as("the risk is accepted, not fixed").isEqualTo("FAIL");
        });
        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(workQueue(analyst))
                .noneMatch(item -> item.path("findingId").asText().equals(findingId)));
        assertThat(client.get("assessment", ACME + "/findings/" + findingId, analyst).expect(200).path("exceptionId")
                .asText()).isEqualTo(exceptionId);
    }

    /** The shared AWS Config item of a group open to 0.0.0.0/0 on port 22, under this run's group id. */
    private String openSshGroup() throws IOException {
        ObjectNode item = (ObjectNode) EventCodec.mapper().readTree(Files.readString(WalkingSkeletonIT.OPEN_SSH_GROUP));
        String arn = item.path("arn").asText();
        String originalId = item.path("resourceId").asText();
        item.put("resourceId", groupId);
        item.put("arn", arn.replace(originalId, groupId));
        ((ObjectNode) item.path("configuration")).put("groupId", groupId);
        return item.toString();
    }

    /** Ends, from an earlier run against the same state directory, the tenant-wide owner a new one would tie with. */
    private void revokeTenantWideOwnersOfTheDomain(String admin) {
        client.get("ownership", ACME + "/assignments?limit=500", admin).items().stream()
                .filter(a -> a.path("domain").asText().equals(DOMAIN))
                .filter(a -> a.path("scope").path("kind").asText().equals("TENANT"))
                .filter(a -> a.path("role").asText().equals("RESPONSIBLE"))
                .filter(a -> !a.path("revoked").asBoolean())
                .forEach(a -> client.postJson("ownership", ACME + "/assignments/" + a.path("assignmentId").asText()
                        + "/revoke", admin, "{}").expect(200));
    }

    /** The network-configuration cell of the security-group row of a matrix. */
    private static JsonNode cell(JsonNode rows, String cellsField) {
        JsonNode row = elements(rows).stream()
                .filter(r -> r.path("resourceType").asText().equals(SECURITY_GROUP)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + SECURITY_GROUP + " row in " + rows));
        return elements(row.path(cellsField)).stream()
                .filter(c -> c.path("domain").asText().equals(DOMAIN)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + DOMAIN + " cell in " + row));
    }

    /** The one SSH finding about this run's group among the listed ones. */
    private JsonNode ours(JsonNode findings) {
        List<JsonNode> matching = elements(findings).stream()
                .filter(f -> f.path("controlId").asText().equals(SSH_CONTROL))
                .filter(f -> f.path("resource").path("resourceId").asText().equals(groupId)).toList();
        assertThat(matching).as("SSH findings about " + groupId).hasSize(1);
        return matching.get(0);
    }

    private static List<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private JsonNode reportingFindings(String token) {
        JsonNode page = client.get("reporting", ACME + "/findings?controlId=" + SSH_CONTROL + "&resourceType="
                + query(SECURITY_GROUP) + "&limit=500", token).expect(200);
        assertThat(page.path("nextCursor").textValue()).as("every SSH finding on a group fits one page").isNull();
        return page.path("items");
    }

    private List<JsonNode> workQueue(String token) {
        Answer queue = client.get("reporting", ACME + "/work-queues/" + teamId + "?limit=500", token);
        assertThat(queue.expect(200).path("nextCursor").textValue()).as("the whole queue fits one page").isNull();
        return queue.items();
    }
}
