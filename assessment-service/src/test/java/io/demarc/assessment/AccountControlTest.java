package io.demarc.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Account-scoped controls judge an account and region over its stored items; their findings are about the account. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = {
        @ResourceArg(name = "incoming", value = "resources,assignments"),
        @ResourceArg(name = "outgoing", value = "outbox")})
class AccountControlTest {

    static final String TRAIL_CONTROL = "cloudtrail-multi-region-trail-exists";

    @Inject
    MessagingHarness harness;

    static ConfigurationItem trail(ConfigurationItem group, String region, boolean multiRegion) {
        return new ConfigurationItem(group.accountId(), region, "AWS::CloudTrail::Trail", "org-trail", "org-trail",
                "arn:aws:cloudtrail:" + region + ":" + group.accountId() + ":trail/org-trail",
                group.configurationItemCaptureTime().plusSeconds(60), "1", "OK", Map.of(),
                ResourceEvents.json("{'name':'org-trail','isMultiRegionTrail':" + multiRegion + "}"), null);
    }

    static List<FindingChanged> trailFindings(List<FindingChanged> findings) {
        return findings.stream().filter(f -> f.controlId().equals(TRAIL_CONTROL)).toList();
    }

    @Test
    void anAccountWithoutATrailFailsAndPassesOnceOneArrives() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        ConfigurationItem group = ResourceEvents.openSecurityGroup();

        harness.send(ResourceEvents.upserted(tenant, group));

        FindingChanged missing = trailFindings(harness.settledFindings(tenant)).get(0);
        assertThat(missing.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(missing.resource().resourceType()).isEqualTo("AWS::::Account");
        assertThat(missing.resource().resourceId()).isEqualTo(group.accountId());
        assertThat(missing.resource().awsRegion()).isEqualTo(group.awsRegion());
        assertThat(missing.domain()).isEqualTo("logging-monitoring");

        // A trail homed in another region covers this one too.
        harness.send(ResourceEvents.upserted(tenant, trail(group, "eu-west-1", true)));

        List<FindingChanged> trail = trailFindings(harness.settledFindings(tenant));
        FindingChanged here = trail.stream().filter(f -> group.awsRegion().equals(f.resource().awsRegion()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(here.status()).isEqualTo(FindingStatus.PASS);
        assertThat(here.previousStatus()).isEqualTo(FindingStatus.FAIL);
        assertThat(here.findingId()).isEqualTo(missing.findingId());
        assertThat(here.evidence().get("observed").get(0).asText()).isEqualTo("org-trail");
        assertThat(trail).anySatisfy(f -> {
            assertThat(f.resource().awsRegion()).isEqualTo("eu-west-1");
            assertThat(f.status()).isEqualTo(FindingStatus.PASS);
        });
    }

    @Test
    void anItemOfAnotherTypeDoesNotJudgeTheAccountAgain() {
        String tenant = "t-" + UUID.randomUUID().toString().substring(0, 8);
        ConfigurationItem group = ResourceEvents.openSecurityGroup();
        harness.send(ResourceEvents.upserted(tenant, group));
        harness.settledFindings(tenant);
        Object evaluatedAt = harness.of(tenant).single("select evaluated_at from evaluation where tenant_id = ?1"
                + " and control_id = ?2", tenant, TRAIL_CONTROL);

        harness.send(ResourceEvents.upserted(tenant, ResourceEvents.fixed(group)));
        harness.settledFindings(tenant);

        assertThat(harness.of(tenant).single(
                "select evaluated_at from evaluation where tenant_id = ?1 and control_id = ?2",
                tenant, TRAIL_CONTROL)).isEqualTo(evaluatedAt);
    }
}
