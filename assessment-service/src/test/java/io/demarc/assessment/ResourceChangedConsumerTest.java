package io.demarc.assessment;

import static io.demarc.assessment.MessagingHarness.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.contracts.Topics;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/** From a resource event on the inventory topic to a finding event on the outbox, through the real database. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class ResourceChangedConsumerTest {

    static final String SSH_CONTROL = "ec2-sg-ssh-open-world";

    @Inject
    MessagingHarness harness;

    static String newTenant() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOpenGroupYieldsExactlyOneFailingFinding() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();

        assertThat(harness.send(ResourceEvents.upserted(tenant, group)).acked()).isTrue();

        Message<String> message = harness.awaitPublished(tenant, SSH_CONTROL, 1).get(0);
        OutgoingKafkaRecordMetadata<?> metadata = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(metadata.getTopic()).isEqualTo(Topics.ASSESSMENT_FINDINGS);
        assertThat(metadata.getKey()).isEqualTo(EventKeys.forResource(tenant, group.ref()));
        CloudEvent<FindingChanged> event = read(message);
        assertThat(event.tenantid()).isEqualTo(tenant);
        assertThat(event.source()).isEqualTo("/demarc/assessment-service");
        FindingChanged finding = event.data();
        assertThat(finding.tenantId()).isEqualTo(tenant);
        assertThat(finding.controlId()).isEqualTo(SSH_CONTROL);
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(finding.previousStatus()).isNull();
        assertThat(finding.resource()).isEqualTo(group.ref());
        assertThat(finding.itemHash()).matches("[0-9a-f]{64}");
        assertThat(finding.itemCaptureTime()).isEqualTo(group.configurationItemCaptureTime());
        assertThat(finding.evidence().get("observed").get(0).get("ipRanges").get(0).asText()).isEqualTo("0.0.0.0/0");
        assertThat(finding.remediation()).isNotBlank();
        assertThat(event.subject()).isEqualTo(finding.findingId());

        assertThat(harness.nothingPending(tenant)).isTrue();
        assertThat(harness.published(tenant, SSH_CONTROL)).hasSize(1);
        assertThat(harness.of(tenant).single("select status from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL)).isEqualTo("FAIL");
        assertThat(harness.of(tenant).single(
                "select jsonb_typeof(evidence) from evaluation where tenant_id = ?1 and control_id = ?2", tenant,
                SSH_CONTROL))
                .isEqualTo("object");
    }

    @Test
    void theItemHashInventoryComputedIsTheEvidenceHashAndEqualsOurOwn() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        String hash = io.demarc.catalog.ingest.ConfigurationItemHash.sha256(group);
        String otherTenant = newTenant();

        harness.send(ResourceEvents.upsertedWithHash(tenant, group, hash));
        harness.send(ResourceEvents.upserted(otherTenant, group));

        assertThat(read(harness.awaitPublished(tenant, SSH_CONTROL, 1).get(0)).data().itemHash()).isEqualTo(hash);
        assertThat(read(harness.awaitPublished(otherTenant, SSH_CONTROL, 1).get(0)).data().itemHash())
                .isEqualTo(hash);
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() {
        String tenant = newTenant();
        String event = ResourceEvents.upserted(tenant, ResourceEvents.openSecurityGroup());
        harness.send(event);
        harness.settledFindings(tenant);
        Object evaluatedAt = harness.of(tenant).single(
                "select evaluated_at from evaluation where tenant_id = ?1 and control_id = ?2", tenant,
                SSH_CONTROL);

        assertThat(harness.send(event).acked()).isTrue();

        assertThat(harness.nothingPending(tenant)).isTrue();
        assertThat(harness.published(tenant, SSH_CONTROL)).hasSize(1);
        assertThat(
                harness.of(tenant).single(
                        "select evaluated_at from evaluation where tenant_id = ?1 and control_id = ?2", tenant,
                        SSH_CONTROL))
                .isEqualTo(evaluatedAt);
    }

    @Test
    void aNewEventWithAnUnchangedVerdictIsStoredButNotAnnounced() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, group));
        harness.settledFindings(tenant);

        assertThat(harness.send(ResourceEvents.upserted(tenant, group)).acked()).isTrue();

        assertThat(harness.nothingPending(tenant)).isTrue();
        assertThat(harness.published(tenant, SSH_CONTROL)).hasSize(1);
        assertThat(harness.of(tenant).count("select count(*) from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL)).isEqualTo(1);
    }

    @Test
    void fixingTheGroupYieldsAPassingFindingThatWasFailing() {
        String tenant = newTenant();
        ConfigurationItem open = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, open));
        harness.settledFindings(tenant);

        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.fixed(open)));

        List<Message<String>> published = harness.awaitPublished(tenant, SSH_CONTROL, 2);
        FindingChanged first = read(published.get(0)).data();
        FindingChanged fixed = read(published.get(1)).data();
        assertThat(fixed.status()).isEqualTo(FindingStatus.PASS);
        assertThat(fixed.previousStatus()).isEqualTo(FindingStatus.FAIL);
        assertThat(fixed.findingId()).isEqualTo(first.findingId());
        assertThat(fixed.itemHash()).isNotEqualTo(first.itemHash());
        assertThat(fixed.evidence().get("observed")).isEmpty();
    }

    @Test
    void anItemOlderThanTheOneEvaluatedIsIgnored() {
        String tenant = newTenant();
        ConfigurationItem open = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.fixed(open)));
        harness.settledFindings(tenant);

        assertThat(harness.send(ResourceEvents.upserted(tenant, open)).acked()).isTrue();

        assertThat(harness.nothingPending(tenant)).isTrue();
        assertThat(harness.published(tenant, SSH_CONTROL)).hasSize(1);
        assertThat(harness.of(tenant).single("select status from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL)).isEqualTo("PASS");
    }

    @Test
    void deletingTheGroupClosesItsFinding() {
        String tenant = newTenant();
        ConfigurationItem open = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, open));
        harness.settledFindings(tenant);

        harness.send(ResourceEvents.deleted(tenant, open));

        FindingChanged closed = read(harness.awaitPublished(tenant, SSH_CONTROL, 2).get(1)).data();
        assertThat(closed.status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
        assertThat(closed.previousStatus()).isEqualTo(FindingStatus.FAIL);
        assertThat(harness.of(tenant).single("select message from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL))
                .isEqualTo("the resource was deleted");
    }

    @Test
    void deletingAnUnknownResourceCreatesNothing() {
        String tenant = newTenant();

        assertThat(harness.send(ResourceEvents.deleted(tenant, ResourceEvents.openSecurityGroup())).acked()).isTrue();

        assertThat(harness.of(tenant).count("select count(*) from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL)).isZero();
        assertThat(harness.nothingPending(tenant)).isTrue();
    }

    @Test
    void aResourceTypeWithoutControlsIsAcknowledgedQuietly() {
        String tenant = newTenant();
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        ConfigurationItem bucket = new ConfigurationItem(group.accountId(), group.awsRegion(), "AWS::SQS::Queue",
                "my-queue", null, "arn:aws:sqs:us-east-1:264683526309:my-queue", group.configurationItemCaptureTime(),
                "1", "OK", null,
                ResourceEvents.json("{}"), null);

        assertThat(harness.send(ResourceEvents.upserted(tenant, bucket)).acked()).isTrue();

        assertThat(harness.of(tenant).count("select count(*) from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant,
                SSH_CONTROL)).isZero();
        assertThat(harness.acrossTenants().count("select count(*) from processed_event")).isPositive();
    }
}
