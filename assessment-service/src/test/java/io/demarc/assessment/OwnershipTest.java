package io.demarc.assessment;

import static io.demarc.assessment.AssignmentEvents.assigned;
import static io.demarc.assessment.AssignmentEvents.responsible;
import static io.demarc.assessment.AssignmentEvents.revoked;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.service.OwnerCalendar;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.InvalidEventException;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery.Outcome;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Findings carry the owner ownership-service's assignments give them, and are re-announced when it changes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class OwnershipTest {

    static final String SSH = ResourceChangedConsumerTest.SSH_CONTROL;

    @Inject
    MessagingHarness harness;

    @Inject
    OwnerCalendar calendar;

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A second open group, tagged, so tag and resource scopes can tell the two apart. */
    static ConfigurationItem otherGroup(ConfigurationItem group) {
        return new ConfigurationItem(group.accountId(), group.awsRegion(), group.resourceType(), "sg-0other",
                null, null, group.configurationItemCaptureTime(), "1", "OK", Map.of("env", "prod"),
                group.configuration(), null);
    }

    static List<FindingChanged> ofControl(List<FindingChanged> findings, String resourceId) {
        return findings.stream().filter(f -> f.controlId().equals(SSH))
                .filter(f -> f.resource().resourceId().equals(resourceId)).toList();
    }

    @Test
    void aFindingWithoutAssignmentIsUnownedAndCarriesItsControlsContext() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();

        harness.send(ResourceEvents.upserted(tenant, group));

        FindingChanged finding = MessagingHarness.read(harness.awaitPublished(tenant, SSH, 1).get(0)).data();
        assertThat(finding.unowned()).isTrue();
        assertThat(finding.owner()).isNull();
        assertThat(finding.domain()).isEqualTo(AssignmentEvents.NETWORK);
        assertThat(finding.references()).containsKey("aws-fsbp");
        assertThat(finding.firstSeen()).isEqualTo(finding.lastSeen()).isEqualTo(finding.evaluatedAt());
        assertThat(finding.exceptionId()).isNull();
    }

    @Test
    void theMostSpecificAssignmentOwnsEachFinding() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        ConfigurationItem tagged = otherGroup(group);
        harness.sendAssignment(assigned(tenant, responsible("a-tenant", AssignmentScope.tenant(), "platform")));
        harness.sendAssignment(assigned(tenant, responsible("a-type",
                new AssignmentScope(AssignmentScope.Kind.RESOURCE_TYPE, "AWS::EC2::SecurityGroup"), "network")));
        harness.sendAssignment(assigned(tenant, responsible("a-tag",
                new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), "prod-ops")));

        harness.send(ResourceEvents.upserted(tenant, group));
        harness.send(ResourceEvents.upserted(tenant, tagged));

        List<FindingChanged> findings = harness.settledFindings(tenant);
        assertThat(ofControl(findings, group.resourceId())).singleElement()
                .satisfies(f -> assertThat(f.owner().teamId()).isEqualTo("network"))
                .satisfies(f -> assertThat(f.unowned()).isFalse());
        assertThat(ofControl(findings, tagged.resourceId())).singleElement()
                .satisfies(f -> assertThat(f.owner().teamId()).isEqualTo("prod-ops"));
        assertThat(harness.of(tenant)
                .single("select owner_team_id from evaluation where tenant_id = ?1 and control_id = ?2"
                        + " and resource_id = ?3", tenant, SSH, tagged.resourceId()))
                .isEqualTo("prod-ops");
    }

    @Test
    void anAssignmentChangeReannouncesOnlyTheFindingsWhoseOwnerChanged() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        ConfigurationItem tagged = otherGroup(group);
        harness.sendAssignment(assigned(tenant, responsible("a-tenant", AssignmentScope.tenant(), "platform")));
        harness.send(ResourceEvents.upserted(tenant, group));
        harness.send(ResourceEvents.upserted(tenant, tagged));
        int before = harness.settledFindings(tenant).size();

        harness.sendAssignment(assigned(tenant, responsible("a-tag",
                new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), "prod-ops")));

        List<FindingChanged> after = harness.settledFindings(tenant);
        List<FindingChanged> reannounced = after.subList(before, after.size());
        assertThat(reannounced).isNotEmpty().allSatisfy(f -> {
            assertThat(f.resource().resourceId()).isEqualTo(tagged.resourceId());
            assertThat(f.owner().teamId()).isEqualTo("prod-ops");
            assertThat(f.previousStatus()).isEqualTo(f.status());
            assertThat(f.domain()).isEqualTo(AssignmentEvents.NETWORK);
        });
        assertThat(ofControl(reannounced, tagged.resourceId())).hasSize(1);

        // The same assignment announced again changes no owner: nothing is re-announced.
        harness.sendAssignment(AssignmentEvents.event(tenant, AssignmentChanged.Change.UPDATED,
                responsible("a-tag", new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), "prod-ops")));
        assertThat(harness.settledFindings(tenant)).hasSize(after.size());
    }

    @Test
    void revokingTheOnlyAssignmentLeavesTheFindingUnowned() {
        String tenant = newTenant();
        var assignment = responsible("a-tenant", AssignmentScope.tenant(), "platform");
        harness.sendAssignment(assigned(tenant, assignment));
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        harness.awaitPublished(tenant, SSH, 1);

        harness.sendAssignment(revoked(tenant, assignment));

        FindingChanged last = MessagingHarness.read(harness.awaitPublished(tenant, SSH, 2).get(1)).data();
        assertThat(last.unowned()).isTrue();
        assertThat(last.owner()).isNull();
        assertThat(harness.of(tenant).count("select count(*) from owner_assignment where tenant_id = ?1", tenant))
                .isZero();
    }

    @Test
    void anExpiredAssignmentOwnsNothing() {
        String tenant = newTenant();
        var past = new io.demarc.contracts.Assignment("a-old", AssignmentEvents.NETWORK, AssignmentScope.tenant(),
                AssignmentEvents.team("old"), io.demarc.contracts.RaciRole.RESPONSIBLE,
                java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 12, 31), "alice",
                Instant.parse("2020-01-01T00:00:00Z"));
        harness.sendAssignment(assigned(tenant, past));

        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));

        assertThat(MessagingHarness.read(harness.awaitPublished(tenant, SSH, 1).get(0)).data().unowned()).isTrue();
    }

    @Test
    void theDailyRefreshDropsAnAssignmentThatEndedSinceItsEvent() {
        String tenant = newTenant();
        harness.sendAssignment(assigned(tenant, responsible("a-dated", AssignmentScope.tenant(), "platform")));
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        assertThat(MessagingHarness.read(harness.awaitPublished(tenant, SSH, 1).get(0)).data().owner().teamId())
                .isEqualTo("platform");
        // As if the days had passed: the assignment's period is over, and no event says so.
        harness.of(tenant).execute("update owner_assignment set assignment = jsonb_set(assignment, '{effectiveTo}',"
                + " '\"2021-01-01\"') where tenant_id = ?1", tenant);

        assertThat(calendar.run()).isPositive();

        FindingChanged dropped = MessagingHarness.read(harness.awaitPublished(tenant, SSH, 2).get(1)).data();
        assertThat(dropped.unowned()).isTrue();
        assertThat(dropped.status()).isEqualTo(dropped.previousStatus());
        assertThat(calendar.run()).isZero();
    }

    @Test
    void matrixChangesOnTheTopicAreAcknowledgedAndIgnored() {
        String tenant = newTenant();
        long processed = harness.acrossTenants().count("select count(*) from processed_event");

        assertThat(harness.sendAssignment(AssignmentEvents.matrixChanged(tenant)).acked()).isTrue();

        assertThat(harness.acrossTenants().count("select count(*) from processed_event")).isEqualTo(processed);
        assertThat(harness.of(tenant).count("select count(*) from owner_assignment where tenant_id = ?1", tenant))
                .isZero();
    }

    @Test
    void aPoisonAssignmentIsRefusedAndChangesNothing() {
        String tenant = newTenant();
        harness.sendAssignment(assigned(tenant, responsible("a-tenant", AssignmentScope.tenant(), "platform")));
        long assignments = harness.acrossTenants().count("select count(*) from owner_assignment");
        long processed = harness.acrossTenants().count("select count(*) from processed_event");
        var noTeam = new io.demarc.contracts.Assignment("a-x", AssignmentEvents.NETWORK, AssignmentScope.tenant(),
                null, io.demarc.contracts.RaciRole.RESPONSIBLE, null, null, null, null);

        for (String poison : List.of("{ not json", assigned(tenant, noTeam), assigned(tenant, null),
                AssignmentEvents.event(tenant, null, responsible("a-y", AssignmentScope.tenant(), "t")),
                AssignmentEvents.withDataTenant(tenant, null, responsible("a-z", AssignmentScope.tenant(), "t")),
                AssignmentEvents.withDataTenant(tenant, "globex", responsible("a-z", AssignmentScope.tenant(), "t")),
                ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()))) {
            Outcome outcome = harness.sendAssignment(poison);
            assertThat(outcome.acked()).as(poison).isFalse();
            assertThat(outcome.failure()).as(poison).isInstanceOf(InvalidEventException.class);
        }

        assertThat(harness.acrossTenants().count("select count(*) from owner_assignment")).isEqualTo(assignments);
        assertThat(harness.acrossTenants().count("select count(*) from processed_event")).isEqualTo(processed);
    }
}
