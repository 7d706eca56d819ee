package io.demarc.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.testdata.SharedData;
import io.demarc.catalog.testdata.SharedData.Found;
import io.demarc.contracts.FindingStatus;

/** The SSH control on every security-group item in the shared AWS Config data, with Cloud Custodian as oracle. */
class SshOpenToWorldOnRealItemsTest {

    static final List<Found> GROUPS = SharedData.itemsOfType("AWS::EC2::SecurityGroup");

    static Map<String, FindingStatus> verdicts() {
        return GROUPS.stream().collect(Collectors.toMap(Found::toString,
                found -> SshOpenToWorldControlTest.evaluate(found.item()).status(), (a, b) -> a));
    }

    @Test
    void findsTheSecurityGroupItemsOfEveryShape() {
        assertThat(GROUPS).extracting(found -> found.item().resourceId())
                .contains("sg-1d56fc66", "sg-e2fb6999", "sg-a38ed1de", "sg-65229a0c", "sg-3f1fef43");
    }

    @Test
    void theRdkExampleWithPlainStringRangesFails() {
        assertThat(statusOf("sg-1d56fc66")).containsOnly(FindingStatus.FAIL);
    }

    @Test
    void agreesWithCloudCustodianOnPort22() {
        JsonNode summary = SharedData
                .read(SharedData.CONFIG_ITEMS.resolve("c7n-tests-data/c7n-normalized/SUMMARY.json"));
        int compared = 0;
        for (JsonNode entry : summary) {
            JsonNode open = entry.path("c7n_filter_matches").get("ingress Ports[22] Cidr 0.0.0.0/0");
            if (open == null) {
                continue;
            }
            FindingStatus expected = open.booleanValue() ? FindingStatus.FAIL : FindingStatus.PASS;
            assertThat(statusOf(entry.get("resourceId").asText())).as(entry.get("file").asText())
                    .containsOnly(expected);
            compared++;
        }
        assertThat(compared).isPositive();
    }

    @Test
    void passesTheGroupsThatOpenOtherPortsOrNone() {
        // 8080 to the world and 443 internal; TCP 0 from a peer group; no inbound rules at all.
        assertThat(statusOf("sg-a38ed1de")).containsOnly(FindingStatus.PASS);
        assertThat(statusOf("sg-65229a0c")).containsOnly(FindingStatus.PASS);
        assertThat(statusOf("sg-3f1fef43")).containsOnly(FindingStatus.PASS);
    }

    @Test
    void everyRealGroupGetsAVerdict() {
        assertThat(verdicts().values()).doesNotContain(FindingStatus.ERROR, FindingStatus.NOT_APPLICABLE);
    }

    static List<FindingStatus> statusOf(String resourceId) {
        List<FindingStatus> statuses = GROUPS.stream().filter(found -> found.item().resourceId().equals(resourceId))
                .map(found -> SshOpenToWorldControlTest.evaluate(found.item()).status()).toList();
        assertThat(statuses).as("items of " + resourceId).isNotEmpty();
        return statuses;
    }
}
