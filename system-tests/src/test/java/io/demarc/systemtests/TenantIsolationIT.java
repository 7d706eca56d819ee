package io.demarc.systemtests;

import static io.demarc.systemtests.ApiAssertions.assertNotFound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.systemtests.StackClient.Answer;

/**
 * Tenancy of this session's endpoints on the real stack: globex's tenant-admin, with a real Keycloak token, gets 404
 * problem+json on every new path of acme in ownership, assessment and reporting, reads and writes alike, even with the
 * ids of acme's real team, assignment, exception and finding; acme's own users read the same paths, and nothing the
 * refused writes aimed at changed.
 */
@ExtendWith(RealStack.class)
@Order(3)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIT {

    static final String ACME = "/api/v1/tenants/acme";
    static final String GLOBEX = "/api/v1/tenants/globex";

    /** A path on one service, relative to a tenant's root. */
    record Endpoint(String service, String path) {
        @Override
        public String toString() {
            return service + " " + path;
        }
    }

    StackClient client;
    String acmeAdmin;
    String acmeAnalyst;
    String globexAdmin;
    String teamId;
    String assignmentId;
    String exceptionId;
    String findingId;

    @BeforeAll
    void acmeHasATeamAnAssignmentAnExceptionAndAFinding() {
        client = RealStack.running().client();
        acmeAdmin = client.tokenFor("acme-admin");
        acmeAnalyst = client.tokenFor("acme-analyst");
        globexAdmin = client.tokenFor("globex-admin");
        // Random names and scopes: a kept state directory may hold those of earlier runs.
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));

        teamId = client.postJson("ownership", ACME + "/teams", acmeAdmin,
                "{\"name\": \"Isolation " + run + "\", \"contactEmail\": \"isolation@acme.example\"}").expect(201)
                .path("teamId").asText();
        // ACCOUNTABLE on an account acme does not have: moves no finding's owner.
        assignmentId = client.postJson("ownership", ACME + "/assignments", acmeAdmin, """
                {"domain": "identity-access", "scope": {"kind": "ACCOUNT", "value": "00%s"},
                 "teamId": "%s", "role": "ACCOUNTABLE"}
                """.formatted(run, teamId)).expect(201).path("assignmentId").asText();
        // A tag no resource carries: even approved it would cover nothing.
        exceptionId = client.postJson("assessment", ACME + "/exceptions", acmeAnalyst, """
                {"controlId": "ec2-sg-ssh-open-world", "scope": {"kind": "TAG", "value": "isolation-probe=%s"},
                 "justification": "Probe of the tenancy system test.", "expiresAt": "%s"}
                """.formatted(run, Instant.now().plus(7, ChronoUnit.DAYS))).expect(201).path("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> !client.get("reporting", ACME + "/findings?limit=1",
                acmeAnalyst).expect(200).path("items").isEmpty());
        findingId = client.get("reporting", ACME + "/findings?limit=1", acmeAnalyst).items().get(0).path("findingId")
                .asText();
    }

    @AfterAll
    void acmeCleansUp() {
        client.postJson("assessment", ACME + "/exceptions/" + exceptionId + "/reject", acmeAdmin,
                "{\"note\": \"probe done\"}").expect(200);
        client.postJson("ownership", ACME + "/assignments/" + assignmentId + "/revoke", acmeAdmin, "{}").expect(200);
        client.delete("ownership", ACME + "/teams/" + teamId, acmeAdmin).expect(204);
    }

    @Test
    void anotherTenantsAdminGetsNotFoundOnEveryNewReadOfAcmeWhileAcmeReadsThem() {
        for (Endpoint endpoint : reads()) {
            assertNotFound(client.get(endpoint.service(), ACME + endpoint.path(), globexAdmin));
            Answer own = client.get(endpoint.service(), ACME + endpoint.path(), acmeAnalyst);
            assertThat(own.status()).as(endpoint + " for acme's analyst: " + own).isEqualTo(200);
        }
        // Reads that need parameters: the tenant filter answers before they are looked at.
        assertNotFound(client.get("ownership", ACME + "/owners/resolve?resourceType=AWS::EC2::SecurityGroup"
                + "&resourceId=sg-1&accountId=111122223333&region=eu-west-1&domain=network-configuration",
                globexAdmin));
        assertNotFound(client.get("assessment", ACME + "/resource-timeline?accountId=111122223333&region=eu-west-1"
                + "&resourceType=AWS::EC2::SecurityGroup&resourceId=sg-1", globexAdmin));
    }

    @Test
    void acmesUsersGetNotFoundOnGlobexsNewEndpointsToo() {
        for (Endpoint endpoint : tenantReads()) {
            assertNotFound(client.get(endpoint.service(), GLOBEX + endpoint.path(), acmeAdmin));
        }
    }

    @Test
    void anotherTenantsAdminCannotChangeAcmesTeamsAssignmentsOrExceptions() {
        String team = "{\"name\": \"Taken over\", \"contactEmail\": \"evil@globex.example\"}";
        assertNotFound(client.postJson("ownership", ACME + "/teams", globexAdmin, team));
        assertNotFound(client.putJson("ownership", ACME + "/teams/" + teamId, globexAdmin, team));
        assertNotFound(client.delete("ownership", ACME + "/teams/" + teamId, globexAdmin));
        String assignment = """
                {"domain": "network-configuration", "scope": {"kind": "TENANT"}, "teamId": "%s", "role": "RESPONSIBLE"}
                """.formatted(teamId);
        assertNotFound(client.postJson("ownership", ACME + "/assignments", globexAdmin, assignment));
        assertNotFound(client.putJson("ownership", ACME + "/assignments/" + assignmentId, globexAdmin, assignment));
        assertNotFound(client.postJson("ownership", ACME + "/assignments/" + assignmentId + "/revoke", globexAdmin,
                "{}"));
        for (String decision : List.of("approve", "reject", "revoke")) {
            assertNotFound(client.postJson("assessment", ACME + "/exceptions/" + exceptionId + "/" + decision,
                    globexAdmin, "{\"note\": \"not mine\"}"));
        }
        assertNotFound(client.postJson("assessment", ACME + "/exceptions", globexAdmin, """
                {"findingId": "%s", "justification": "not mine", "expiresAt": "%s"}
                """.formatted(findingId, Instant.now().plus(7, ChronoUnit.DAYS))));
        assertNotFound(client.postJson("assessment", ACME + "/baselines", globexAdmin, "{}"));

        JsonNode stillTheTeam = client.get("ownership", ACME + "/teams/" + teamId, acmeAdmin).expect(200);
        assertThat(stillTheTeam.path("name").asText()).startsWith("Isolation ");
        assertThat(client.get("ownership", ACME + "/teams?limit=500", acmeAdmin).items())
                .noneMatch(t -> t.path("name").asText().equals("Taken over"));
        JsonNode stillTheAssignment = client.get("ownership", ACME + "/assignments/" + assignmentId, acmeAdmin)
                .expect(200);
        assertThat(stillTheAssignment.path("revoked").asBoolean()).isFalse();
        assertThat(stillTheAssignment.path("role").asText()).isEqualTo("ACCOUNTABLE");
        JsonNode stillRequested = client.get("assessment", ACME + "/exceptions/" + exceptionId, acmeAdmin)
                .expect(200);
        assertThat(stillRequested.path("state").asText()).isEqualTo("REQUESTED");
        assertThat(client.get("assessment", ACME + "/exceptions/" + exceptionId + "/audit", acmeAdmin).items())
                .hasSize(1);
    }

    /** Every read endpoint this session added: the tenant's, and those of acme's real ids. */
    private List<Endpoint> reads() {
        return Stream.concat(tenantReads().stream(), Stream.of(
                new Endpoint("ownership", "/teams/" + teamId),
                new Endpoint("ownership", "/assignments/" + assignmentId),
                new Endpoint("ownership", "/assignments/" + assignmentId + "/history"),
                new Endpoint("assessment", "/findings/" + findingId),
                new Endpoint("assessment", "/exceptions/" + exceptionId),
                new Endpoint("assessment", "/exceptions/" + exceptionId + "/audit"),
                new Endpoint("reporting", "/findings/" + findingId),
                new Endpoint("reporting", "/work-queues/" + teamId))).toList();
    }

    /** The new read endpoints that name no id below the tenant. */
    private static List<Endpoint> tenantReads() {
        return List.of(
                new Endpoint("ownership", "/teams"),
                new Endpoint("ownership", "/assignments"),
                new Endpoint("ownership", "/assignment-history"),
                new Endpoint("ownership", "/matrix"),
                new Endpoint("ownership", "/duties/unowned"),
                new Endpoint("ownership", "/duties/new"),
                new Endpoint("ownership", "/summary"),
                new Endpoint("ownership", "/teams.csv"),
                new Endpoint("ownership", "/assignments.csv"),
                new Endpoint("assessment", "/findings"),
                new Endpoint("assessment", "/custom-controls"),
                new Endpoint("assessment", "/exceptions"),
                new Endpoint("assessment", "/baselines"),
                new Endpoint("assessment", "/drift"),
                new Endpoint("assessment", "/frameworks"),
                new Endpoint("assessment", "/frameworks/cis-aws-3.0/requirements"),
                new Endpoint("reporting", "/posture"),
                new Endpoint("reporting", "/posture/cis-aws-3.0/requirements"),
                new Endpoint("reporting", "/matrix"),
                new Endpoint("reporting", "/inventory"),
                new Endpoint("reporting", "/work-queues"),
                new Endpoint("reporting", "/trends"));
    }
}
