package io.demarc.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OwnerResolverTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ResourceRef CLUSTER = new ResourceRef("111122223333", "eu-west-1", "AWS::EKS::Cluster",
            "payments", "arn:aws:eks:eu-west-1:111122223333:cluster/payments");
    private static final Map<String, String> TAGS = Map.of("env", "prod", "team", "payments");

    @Test
    void mostSpecificMatchingScopeWins() {
        List<Assignment> assignments = List.of(
                assignment("a-tenant", AssignmentScope.tenant(), "platform"),
                assignment("a-account", new AssignmentScope(AssignmentScope.Kind.ACCOUNT, "111122223333"), "ops"),
                assignment("a-type", new AssignmentScope(AssignmentScope.Kind.RESOURCE_TYPE, "aws::eks::cluster"),
                        "k8s"),
                assignment("a-tag", new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod"), "prod-sre"));

        assertThat(resolve(assignments)).hasValueSatisfying(a -> assertThat(a.team().name()).isEqualTo("prod-sre"));
        assertThat(resolve(assignments.subList(0, 3)))
                .hasValueSatisfying(a -> assertThat(a.team().name()).isEqualTo("k8s"));
        assertThat(resolve(assignments.subList(0, 2)))
                .hasValueSatisfying(a -> assertThat(a.team().name()).isEqualTo("ops"));
    }

    @Test
    void resourceScopeMatchesByArnOrPath() {
        var byArn = assignment("a-1", new AssignmentScope(AssignmentScope.Kind.RESOURCE, CLUSTER.arn()), "one");
        var byPath = assignment("a-2", new AssignmentScope(AssignmentScope.Kind.RESOURCE,
                "111122223333/eu-west-1/AWS::EKS::Cluster/payments"), "two");
        var tag = assignment("a-3", new AssignmentScope(AssignmentScope.Kind.TAG, "team=payments"), "tagged");

        assertThat(resolve(List.of(tag, byArn))).hasValueSatisfying(a -> assertThat(a.assignmentId()).isEqualTo("a-1"));
        assertThat(resolve(List.of(tag, byPath)))
                .hasValueSatisfying(a -> assertThat(a.assignmentId()).isEqualTo("a-2"));
    }

    @Test
    void nonMatchingInactiveOtherDomainAndAccountableAssignmentsAreIgnored() {
        var otherAccount = assignment("x-1", new AssignmentScope(AssignmentScope.Kind.ACCOUNT, "999999999999"), "x");
        var otherTag = assignment("x-2", new AssignmentScope(AssignmentScope.Kind.TAG, "env=dev"), "x");
        var expired = new Assignment("x-3", "encryption-at-rest", AssignmentScope.tenant(), team("x"),
                RaciRole.RESPONSIBLE, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 22), "alice", Instant.EPOCH);
        var future = new Assignment("x-4", "encryption-at-rest", AssignmentScope.tenant(), team("x"),
                RaciRole.RESPONSIBLE, LocalDate.of(2026, 11, 24), null, "alice", Instant.EPOCH);
        var otherDomain = new Assignment("x-5", "key-management", AssignmentScope.tenant(), team("x"),
                RaciRole.RESPONSIBLE, LocalDate.of(2026, 1, 1), null, "alice", Instant.EPOCH);
        var accountable = new Assignment("x-6", "encryption-at-rest", AssignmentScope.tenant(), team("boss"),
                RaciRole.ACCOUNTABLE, LocalDate.of(2026, 1, 1), null, "alice", Instant.EPOCH);
        List<Assignment> all = List.of(otherAccount, otherTag, expired, future, otherDomain, accountable);

        assertThat(resolve(all)).isEmpty();
        assertThat(OwnerResolver.resolve(all, CLUSTER, TAGS, "encryption-at-rest", TODAY, RaciRole.ACCOUNTABLE))
                .hasValueSatisfying(a -> assertThat(a.team().name()).isEqualTo("boss"));
    }

    @Test
    void aTieThatSlippedThroughIsBrokenByTheEarlierAssignment() {
        var later = new Assignment("b", "encryption-at-rest", new AssignmentScope(AssignmentScope.Kind.TAG,
                "env=prod"), team("later"), RaciRole.RESPONSIBLE, TODAY, null, "bob",
                Instant.parse(
                        "2026-11-02T00:00:00Z"));
        var earlier = new Assignment("a", "encryption-at-rest", new AssignmentScope(AssignmentScope.Kind.TAG,
                "team=payments"), team("earlier"), RaciRole.RESPONSIBLE, TODAY, null, "bob",
                Instant.parse(
                        "2026-11-01T00:00:00Z"));

        assertThat(resolve(List.of(later, earlier)))
                .hasValueSatisfying(a -> assertThat(a.team().name()).isEqualTo("earlier"));
    }

    @Test
    void periodsOverlapWhenTheyShareADay() {
        var first = new Assignment("a", "d", AssignmentScope.tenant(), team("t"), RaciRole.RESPONSIBLE,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "u", Instant.EPOCH);
        var touching = new Assignment("b", "d", AssignmentScope.tenant(), team("t"), RaciRole.RESPONSIBLE,
                LocalDate.of(2026, 6, 30), null, "u", Instant.EPOCH);
        var after = new Assignment("c", "d", AssignmentScope.tenant(), team("t"), RaciRole.RESPONSIBLE,
                LocalDate.of(2026, 7, 1), null, "u", Instant.EPOCH);

        assertThat(first.overlaps(touching)).isTrue();
        assertThat(first.overlaps(after)).isFalse();
        assertThat(after.overlaps(touching)).isTrue();
    }

    @Test
    void scopesAreTheSameOnlyWithTheSameKindAndValue() {
        assertThat(new AssignmentScope(AssignmentScope.Kind.RESOURCE_TYPE, "AWS::S3::Bucket")
                .sameAs(new AssignmentScope(AssignmentScope.Kind.RESOURCE_TYPE, "aws::s3::bucket"))).isTrue();
        assertThat(new AssignmentScope(AssignmentScope.Kind.TAG, "env=prod")
                .sameAs(new AssignmentScope(AssignmentScope.Kind.TAG, "env=dev"))).isFalse();
        assertThat(AssignmentScope.tenant().sameAs(AssignmentScope.tenant())).isTrue();
    }

    private static java.util.Optional<Assignment> resolve(List<Assignment> assignments) {
        return OwnerResolver.resolve(assignments, CLUSTER, TAGS, "encryption-at-rest", TODAY);
    }

    private static Assignment assignment(String id, AssignmentScope scope, String teamName) {
        return new Assignment(id, "encryption-at-rest", scope, team(teamName), RaciRole.RESPONSIBLE,
                LocalDate.of(2026, 1, 1), null, "alice", Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static TeamRef team(String name) {
        return new TeamRef("team-" + name, name, name + "@example.com", null);
    }
}
