package io.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.exception.service.ExceptionExpiryJob;
import io.demarc.assessment.governance.GovernanceFixture;
import io.demarc.assessment.model.OwnerAssignment;
import io.demarc.assessment.repository.OwnerAssignmentRepository;
import io.demarc.assessment.repository.ResourceItemRepository;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The database's tenant wall on assessment's tables, below every query the service makes: work with no tenant sees
 * and writes no tenant's rows, work for one tenant sees only that tenant's, and the platform jobs still reach all.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class TenantWallTest {

    @Inject
    MessagingHarness harness;

    @Inject
    ResourceItemRepository items;

    @Inject
    OwnerAssignmentRepository assignments;

    @Inject
    ExceptionExpiryJob expiryJob;

    @Test
    void workWithoutATenantSeesNoRowAndCannotWriteOne() {
        String tenant = storedGroupOfNewTenant();

        assertThat(QuarkusTransaction.requiringNew().call(() -> items.count())).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> items.listAll())).isEmpty();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> assignments.persist(assignment(tenant))))
                .hasStackTraceContaining("row-level security");
        assertThat(harness.of(tenant).count("select count(*) from owner_assignment where tenant_id = ?1", tenant))
                .isZero();
    }

    @Test
    void aTenantSeesOnlyItsOwnRowsEvenWhenTheQueryDoesNotFilterByTenant() {
        String mine = storedGroupOfNewTenant();
        String theirs = storedGroupOfNewTenant();

        List<String> tenantsSeen = TenantScope.of(mine, () -> QuarkusTransaction.requiringNew()
                .call(() -> items.listAll().stream().map(item -> item.tenantId).distinct().toList()));
        assertThat(tenantsSeen).containsExactly(mine);
        assertThat(harness.of(mine).execute("update resource_item set catalog_version = 'touched'"))
                .as("an update without a tenant filter reaches only the scope's rows").isOne();
        assertThat(harness.of(theirs).count("select count(*) from resource_item where catalog_version = 'touched'"))
                .isZero();
        assertThatThrownBy(() -> TenantScope.run(mine,
                () -> QuarkusTransaction.requiringNew().run(() -> assignments.persist(assignment(theirs)))))
                .hasStackTraceContaining("row-level security");
    }

    @Test
    void theExpiryJobExpiresTheDueExceptionsOfEveryTenant() {
        String first = GovernanceFixture.newTenant();
        String second = GovernanceFixture.newTenant();
        Instant expiry = Instant.now().plus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String firstId = GovernanceFixture.approvedTenantWide(first, expiry);
        String secondId = GovernanceFixture.approvedTenantWide(second, expiry);

        assertThat(expiryJob.expireDue(expiry)).isGreaterThanOrEqualTo(2);

        assertThat(harness.of(first).single("select state from risk_exception where id = ?1", firstId))
                .isEqualTo("EXPIRED");
        assertThat(harness.of(second).single("select state from risk_exception where id = ?1", secondId))
                .isEqualTo("EXPIRED");
    }

    /** A new tenant with one stored security group, sent through the real consumer. */
    private String storedGroupOfNewTenant() {
        String tenant = "w-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup())).acked()).isTrue();
        assertThat(harness.of(tenant).count("select count(*) from resource_item where tenant_id = ?1", tenant))
                .as("the tenant's row exists").isOne();
        return tenant;
    }

    private static OwnerAssignment assignment(String tenant) {
        OwnerAssignment row = new OwnerAssignment();
        row.tenantId = tenant;
        row.assignmentId = "a-" + UUID.randomUUID();
        row.domain = "network-configuration";
        row.assignment = "{}";
        row.updatedAt = Instant.now();
        return row;
    }
}
