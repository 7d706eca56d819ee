package io.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.InvalidEventException;
import io.demarc.contracts.ResourceChanged;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.demarc.testing.InMemoryDelivery.Outcome;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** A message that is not a complete resource event is refused (dead-lettered in production) and changes nothing. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class PoisonMessageTest {

    /** Only these tenants' rows: the relay may be deleting other tests' published rows meanwhile. */
    static final String PENDING_OF_POISON_TENANTS = "select count(*) from outbox_event where tenant_id in ('acme', 'globex')";

    @Inject
    MessagingHarness harness;

    static String poison(String kind) {
        var group = ResourceEvents.openSecurityGroup();
        return switch (kind) {
            case "not-json" -> "this is not { json";
            case "wrong-type" -> EventCodec.write(EventCodec.envelope("/x", FindingChanged.TYPE, "acme", null,
                    new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, group)));
            case "no-tenant" -> ResourceEvents.upserted(null, group);
            case "no-item" -> EventCodec.write(EventCodec.envelope("/x", ResourceChanged.TYPE, "acme", null,
                    new ResourceChanged("acme", ResourceChanged.Change.UPSERTED, null)));
            case "no-resource-id" -> ResourceEvents.upserted("acme", new ConfigurationItem(
                    group.accountId(), group.awsRegion(), group.resourceType(), null, null, null,
                    group.configurationItemCaptureTime(), null, null, null, group.configuration(), null));
            // The next two were assessed before the resource contract made its checks one rule for every consumer.
            case "no-data-tenant" -> EventCodec.write(EventCodec.envelope("/x", ResourceChanged.TYPE, "acme", null,
                    new ResourceChanged(null, ResourceChanged.Change.UPSERTED, group)));
            case "no-capture-time" -> ResourceEvents.upserted("acme", ResourceEvents.with(group,
                    "{'groupId':'" + group.resourceId() + "'}", null));
            case "tenant-mismatch" -> EventCodec.write(EventCodec.envelope("/x", ResourceChanged.TYPE, "acme", null,
                    new ResourceChanged("globex", ResourceChanged.Change.UPSERTED, group)));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-json", "wrong-type", "no-tenant", "no-item", "no-resource-id", "no-data-tenant",
            "no-capture-time", "tenant-mismatch"})
    void isRefusedAndLeavesTheDatabaseUnchanged(String kind) {
        long evaluations = harness.acrossTenants().count("select count(*) from evaluation");
        long processed = harness.acrossTenants().count("select count(*) from processed_event");
        long pending = harness.acrossTenants().count(PENDING_OF_POISON_TENANTS);

        Outcome outcome = harness.send(poison(kind));

        assertThat(outcome.acked()).as(kind).isFalse();
        assertThat(outcome.failure()).as(kind).isInstanceOf(InvalidEventException.class);
        assertThat(harness.acrossTenants().count("select count(*) from evaluation")).isEqualTo(evaluations);
        assertThat(harness.acrossTenants().count("select count(*) from processed_event")).isEqualTo(processed);
        assertThat(harness.acrossTenants().count(PENDING_OF_POISON_TENANTS)).isEqualTo(pending);
    }
}
