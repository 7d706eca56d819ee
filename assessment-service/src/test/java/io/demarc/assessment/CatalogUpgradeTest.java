package io.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.assessment.service.CatalogUpgrade;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Resources evaluated with another catalog version are evaluated again from their stored item. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class CatalogUpgradeTest {

    static final String SSH = ResourceChangedConsumerTest.SSH_CONTROL;

    @Inject
    MessagingHarness harness;

    @Inject
    CatalogUpgrade upgrade;

    @Inject
    ControlLibrary library;

    @Test
    void aControlNewInTheCatalogIsEvaluatedOnTheStoredItemsAndOnlyItIsAnnounced() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup()));
        int before = harness.settledFindings(tenant).size();
        // As if the resource had been evaluated with an older catalog that lacked the SSH control.
        harness.of(tenant).execute("delete from evaluation where tenant_id = ?1 and control_id = ?2", tenant, SSH);
        harness.of(tenant).execute("update resource_item set catalog_version = 'older' where tenant_id = ?1", tenant);

        assertThat(upgrade.run()).isGreaterThanOrEqualTo(1);

        List<FindingChanged> after = harness.settledFindings(tenant);
        assertThat(after.subList(before, after.size())).singleElement().satisfies(finding -> {
            assertThat(finding.controlId()).isEqualTo(SSH);
            assertThat(finding.status()).isEqualTo(FindingStatus.FAIL);
            assertThat(finding.previousStatus()).isNull();
        });
        assertThat(harness.of(tenant).single("select catalog_version from resource_item where tenant_id = ?1", tenant))
                .isEqualTo(library.version());
        assertThat(harness.acrossTenants().count(
                "select count(*) from resource_item where catalog_version <> ?1 and not deleted",
                library.version())).isZero();
        assertThat(upgrade.run()).isZero();
    }

    @Test
    void aDeletedResourceIsNotEvaluatedAgain() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        var group = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, group));
        harness.send(ResourceEvents.deleted(tenant, group));
        int before = harness.settledFindings(tenant).size();
        harness.of(tenant).execute("update resource_item set catalog_version = 'older' where tenant_id = ?1", tenant);

        upgrade.run();

        assertThat(harness.settledFindings(tenant)).hasSize(before);
        assertThat(harness.of(tenant).single("select deleted from resource_item where tenant_id = ?1", tenant))
                .isEqualTo(true);
    }
}
