package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.demarc.catalog.controls.FormerAndShipped.Former;
import io.demarc.catalog.controls.FormerAndShipped.Outcomes;
import io.demarc.catalog.testdata.Items;
import io.demarc.contracts.FindingStatus;

/**
 * {@code permissionsOpenToWorld} and {@code permissionsOpenToWorldOnAnyPort} decide the four security-group controls
 * as the {@code exists} they replaced, and return what the former {@code filter} did as evidence.
 */
class SecurityGroupWorldOpenPermissionsTest {

    static final String HIGH_RISK_PORTS = "[20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389,"
            + " 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300]";

    /** Control id → the permission check its exists and filter ran before the rewrite. */
    static final Map<String, String> FORMER_CHECKS = new LinkedHashMap<>();

    static {
        FORMER_CHECKS.put("ec2-sg-ssh-open-world", "allowsPorts(p, ['tcp', '6'], 22, 22) && openToWorld(p)");
        FORMER_CHECKS.put("ec2-sg-rdp-open-world", "allowsPorts(p, ['tcp', '6'], 3389, 3389) && openToWorld(p)");
        FORMER_CHECKS.put("ec2-sg-all-ports-open-world",
                "allowsPorts(p, ['tcp', 'udp', '6', '17'], 0, 65535) && openToWorld(p)");
        FORMER_CHECKS.put("ec2-sg-high-risk-ports-open-world",
                "allowsAnyPort(p, ['tcp', '6'], " + HIGH_RISK_PORTS + ") && openToWorld(p)");
    }

    static final String SSH = "ec2-sg-ssh-open-world";
    static final String OPEN_22 = "{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}";
    static final String OPEN_443 = "{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']}";

    @TempDir
    static Path folder;

    static final Map<String, FormerAndShipped> CONTROLS = new LinkedHashMap<>();

    @BeforeAll
    static void load() {
        FORMER_CHECKS.forEach((id, check) -> CONTROLS.put(id, FormerAndShipped.load(folder, id, former(check))));
    }

    static Former former(String check) {
        String expression = "!has(item.configuration) || !has(item.configuration.ipPermissions)"
                + " || !item.configuration.ipPermissions.exists(p, " + check + ")";
        String evidence = "has(item.configuration) && has(item.configuration.ipPermissions)"
                + " ? item.configuration.ipPermissions.filter(p, " + check + ") : []";
        return new Former(expression, null, evidence);
    }

    static Outcomes ssh(String ipPermissions) {
        return CONTROLS.get(SSH).evaluate("{'ipPermissions':" + ipPermissions + "}");
    }

    /** The expected status is the SSH control's; the other three controls must merely agree with their former CEL. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            PASS  | []
            FAIL  | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'6','fromPort':20,'toPort':25,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]
            FAIL  | [{'ipProtocol':6,'fromPort':22,'toPort':22,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            FAIL  | [{'ipProtocol':'TCP','fromPort':22.0,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'tcp','ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'tcp','fromPort':0,'toPort':65535,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'udp','fromPort':0,'toPort':65535,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'17','fromPort':53,'toPort':53,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            PASS  | [{'ipProtocol':'tcp','fromPort':3389,'toPort':3389,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'tcp','fromPort':5432,'toPort':5432,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]
            PASS  | [{'ipProtocol':'tcp','fromPort':8000,'toPort':8100,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'-1','ipRanges':['10.0.0.0/8'],'ipv6Ranges':[{'cidrIpv6':'fd00::/8'}]}]
            PASS  | [{'ipProtocol':'icmp','fromPort':-1,'toPort':-1,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8','0.0.0.0/0']}]
            ERROR | ['not a permission']
            ERROR | [{'ipProtocol':'tcp','fromPort':'22','toPort':22,'ipRanges':['0.0.0.0/0']}]
            PASS  | [{'ipProtocol':'tcp','fromPort':'22','toPort':22,'ipRanges':['10.0.0.0/8']}]
            ERROR | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':'0.0.0.0/0'}]
            PASS  | [{'ipProtocol':'udp','fromPort':22,'toPort':22,'ipRanges':'0.0.0.0/0'}]
            ERROR | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':[5]}]
            PASS  | [{'ipProtocol':['tcp'],'fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            FAIL  | ['not a permission',{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            FAIL  | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']},{'ipProtocol':'tcp','fromPort':'x','ipRanges':['0.0.0.0/0']}]
            ERROR | ['not a permission',{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']}]
            ERROR | [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipv6Ranges':'::/0'}]
            ERROR | 'all'
            ERROR | 22
            ERROR | {'inbound':{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}}
            """)
    void decidesAsTheFormerExists(FindingStatus sshExpected, String ipPermissions) {
        String configuration = "{'ipPermissions':" + ipPermissions + "}";

        CONTROLS.get(SSH).evaluate(configuration).bothAre(sshExpected, ipPermissions);
        CONTROLS.forEach((id, control) -> control.evaluate(configuration).sameStatus(id + " " + ipPermissions));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{'groupId':'sg-1'}", "'not a configuration'"})
    void decidesAsTheFormerExistsWithoutPermissions(String configuration) {
        CONTROLS.forEach((id, control) -> control.evaluate(configuration).sameStatus(id + " " + configuration));
    }

    /**
     * An empty map where the list belongs: the former {@code exists} iterated the map's (no) keys and passed; the
     * function takes only a list, so the group is reported as unreadable instead of compliant.
     */
    @Test
    void anEmptyMapOfPermissionsIsNowAnErrorWhereTheFormerPassed() {
        Outcomes outcomes = ssh("{}");

        assertThat(outcomes.former().status()).isEqualTo(FindingStatus.PASS);
        assertThat(outcomes.shipped().status()).isEqualTo(FindingStatus.ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[" + OPEN_22 + "]", "[" + OPEN_443 + "]", "[" + OPEN_443 + "," + OPEN_22 + "]",
            "[{'ipProtocol':'-1','ipv6Ranges':[{'cidrIpv6':'::/0'}]},{'ipProtocol':'udp','ipRanges':['0.0.0.0/0']}]",
            "[{'ipProtocol':'tcp','fromPort':3306,'toPort':3306,'ipRanges':['0.0.0.0/0']},"
                    + "{'ipProtocol':'tcp','fromPort':3389,'toPort':3389,'ipRanges':['0.0.0.0/0']}]",
            "[{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8']}]"})
    void recordsWhatTheFormerFilterDid(String ipPermissions) {
        String configuration = "{'ipPermissions':" + ipPermissions + "}";

        CONTROLS.forEach((id, control) -> control.evaluate(configuration).sameEvidence(id + " " + ipPermissions));
    }

    @Test
    void recordsTheOffendingPermissionsInOrder() {
        Outcomes outcomes = ssh("[" + OPEN_22 + "," + OPEN_443 + ",{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]");

        assertThat(outcomes.shippedEvidence()).hasToString(
                Items.json("[" + OPEN_22 + ",{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]").toString());
    }

    /**
     * A mixed list where one permission is unreadable and another is open: both decide FAIL, but the former
     * {@code filter} (which, unlike {@code exists}, absorbs no error) lost the evidence, while the function records the
     * open permission. The new evidence is the better one.
     */
    @Test
    void recordsTheOpenPermissionBesideAnUnreadableOne() {
        Outcomes outcomes = ssh("['not a permission'," + OPEN_22 + "]");

        outcomes.bothAre(FindingStatus.FAIL, "mixed list");
        assertThat(outcomes.formerEvidence().has("evidenceError")).isTrue();
        assertThat(outcomes.shippedEvidence()).hasToString(Items.json("[" + OPEN_22 + "]").toString());
    }
}
