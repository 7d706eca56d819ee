package io.demarc.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.launcher.demo.DemoPlan.Account;
import io.demarc.launcher.demo.DemoPlan.Assignment;
import io.demarc.launcher.demo.DemoPlan.RiskException;
import io.demarc.launcher.demo.DemoPlan.Tenant;

/** The plan must fit the demo items: a mismatch would only show as a failed {@code ./demarc up}. */
class DemoPlanTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode items(Tenant tenant) throws Exception {
        try (InputStream in = DemoPlanTest.class.getResourceAsStream("/demo/" + tenant.id() + ".json")) {
            assertThat(in).as(tenant.id()).isNotNull();
            return JSON.readTree(in);
        }
    }

    @Test
    void theTenantsAccountsAreTheAccountsTheirItemsCarry() throws Exception {
        assertThat(DemoPlan.TENANTS).extracting(Tenant::id).containsExactly("acme", "globex");
        for (Tenant tenant : DemoPlan.TENANTS) {
            Set<String> itemAccounts = new HashSet<>();
            items(tenant).forEach(item -> itemAccounts.add(item.path("accountId").asText()));
            assertThat(tenant.accounts()).extracting(Account::accountId).as(tenant.id())
                    .containsExactlyInAnyOrderElementsOf(itemAccounts);
        }
        assertThat(DemoPlan.ACME.accounts()).hasSize(2);
        assertThat(DemoPlan.GLOBEX.accounts()).hasSize(1);
    }

    @Test
    void exceptionsAreAboutResourcesOfTheTenantAndNeedASecondPerson() throws Exception {
        for (Tenant tenant : DemoPlan.TENANTS) {
            Set<String> arns = new HashSet<>();
            items(tenant).forEach(item -> arns.add(item.path("arn").asText()));
            for (RiskException exception : tenant.exceptions()) {
                assertThat(arns).as(tenant.id()).contains(exception.resourceArn());
                assertThat(exception.approver()).isNotEqualTo(exception.requester());
                assertThat(exception.expiresInDays()).isBetween(1, 365);
            }
        }
        assertThat(DemoPlan.ACME.exceptions()).anyMatch(e -> e.approver() == null);
        assertThat(DemoPlan.ACME.exceptions())
                .anyMatch(e -> "acme-admin2".equals(e.approver()) && e.expiresInDays() <= 7);
    }

    @Test
    void assignmentsNameTeamsOfTheTenantAndLeaveNetworkConfigurationUnowned() {
        for (Tenant tenant : DemoPlan.TENANTS) {
            Set<String> teams = new HashSet<>();
            tenant.teams().forEach(team -> teams.add(team.name()));
            assertThat(tenant.assignments()).extracting(Assignment::team).as(tenant.id()).allMatch(teams::contains);
            // Left unowned on purpose: the open security groups land in the "unowned" work queue (and the system
            // test that gives this domain to a team of its own is not tied by a narrower demo assignment).
            assertThat(tenant.assignments()).extracting(Assignment::domain).doesNotContain("network-configuration");
        }
        assertThat(DemoPlan.ACME.assignments()).extracting(Assignment::scopeKind).contains("TENANT", "ACCOUNT",
                "RESOURCE_TYPE", "TAG");
    }

    @Test
    void requestBodiesAreWhatTheApisTake() {
        Instant now = Instant.parse("2026-12-07T22:00:00.123Z");
        RiskException approved = DemoPlan.ACME.exceptions().get(1);
        Map<String, Object> exception = AssessmentDemo.requestBody(approved, now);
        assertThat(exception).containsEntry("controlId", "lambda-function-supported-runtime")
                .containsEntry("scope", Map.of("kind", "RESOURCE", "value", approved.resourceArn()))
                .containsEntry("expiresAt", "2026-12-12T22:00:00Z");

        Map<String, Object> tenantWide = OwnershipDemo.assignmentBody(DemoPlan.ACME.assignments().get(0), "t-1");
        assertThat(tenantWide).containsEntry("domain", "identity-access").containsEntry("teamId", "t-1")
                .containsEntry("role", "RESPONSIBLE").containsEntry("scope", Map.of("kind", "TENANT"));
        Map<String, Object> byTag = OwnershipDemo.assignmentBody(new Assignment("configuration-management", "TAG",
                "Owner=web-team", "App team", "RESPONSIBLE"), "t-2");
        assertThat(byTag).containsEntry("scope", Map.of("kind", "TAG", "value", "Owner=web-team"));

        assertThat(InventoryDemo.accountBody(DemoPlan.GLOBEX.accounts().get(0))).containsEntry("accountId",
                "555566667777").containsEntry("environment", "production").containsEntry("regions",
                        java.util.List.of("us-west-2"));
    }
}
