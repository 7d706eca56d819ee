package io.demarc.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.demarc.reporting.evidence.ReadModelSeed;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.repository.FindingRepository;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The database's own tenant wall under reporting's read models: whatever a query forgets, row-level security shows
 * a connection only the rows of the tenant its work is for, and none when it is for no tenant.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "incoming", value = ReportingTestSupport.CHANNELS))
class DatabaseTenantWallTest {

    private static final String A = "wall-a";
    private static final String B = "wall-b";
    private static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");
    private static boolean seeded;

    @Inject
    ReadModelSeed seed;

    @Inject
    FindingRepository findings;

    @Inject
    TenantRepository tenants;

    @BeforeEach
    void oneFindingPerTenant() {
        if (seeded) {
            return;
        }
        seed.finding(A, "f-a", "ec2-sg-ssh-open-world", "FAIL", "HIGH", "AWS::EC2::SecurityGroup", "{}", T0);
        seed.finding(B, "f-b", "ec2-sg-ssh-open-world", "FAIL", "HIGH", "AWS::EC2::SecurityGroup", "{}", T0);
        seeded = true;
    }

    @Test
    void workForNoTenantSeesNoRowAndWritesNone() {
        // The rows are there (platform work sees them) ...
        assertThat(ScopedReads.acrossTenants(() -> findings.count("tenantId in ?1", List.of(A, B)))).isEqualTo(2);

        // ... but work that set no scope sees none of them, even asking by tenant and id, and cannot write one.
        assertThat(ScopedReads.unscoped(() -> findings.count())).isZero();
        assertThat(ScopedReads.unscoped(() -> findings.findByTenantAndFindingId(A, "f-a"))).isEmpty();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> tenants.remember(A, T0)))
                .hasStackTraceContaining("violates row-level security policy");
    }

    @Test
    void aTenantsWorkSeesAndWritesOnlyItsOwnRowsEvenWithoutATenantFilter() {
        List<Finding> all = ScopedReads.inTenant(A, () -> findings.listAll());

        assertThat(all).extracting(f -> f.tenantId).containsOnly(A);
        assertThat(all).extracting(f -> f.findingId).contains("f-a").doesNotContain("f-b");
        assertThat(ScopedReads.inTenant(A, () -> findings.findByTenantAndFindingId(B, "f-b"))).isEmpty();
        assertThatThrownBy(() -> TenantScope.run(A, () -> QuarkusTransaction.requiringNew()
                .run(() -> tenants.remember(B, T0)))).hasStackTraceContaining("violates row-level security policy");
    }
}
