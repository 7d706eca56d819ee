package io.demarc.catalog.engine;

import static io.demarc.catalog.testdata.Items.securityGroupWithIngress;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.testdata.Items;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/** The walking skeleton's control, on every shape of inbound rule AWS Config has produced over the years. */
class SshOpenToWorldControlTest {

    static final String ID = "ec2-sg-ssh-open-world";
    static final ControlLibrary LIBRARY = ControlLibrary.load();
    static final CelRuleEngine ENGINE = new CelRuleEngine(LIBRARY);
    static final CompiledControl CONTROL = LIBRARY.compiled().stream().filter(c -> c.control().id().equals(ID))
            .findFirst().orElseThrow();

    static Evaluation evaluate(ConfigurationItem item) {
        return ENGINE.evaluate(CONTROL, PreparedItem.of(item));
    }

    static FindingStatus statusOf(String ipPermissionsJson) {
        Evaluation evaluation = evaluate(securityGroupWithIngress(ipPermissionsJson));
        assertThat(evaluation.message()).as("message of %s", ipPermissionsJson).isNull();
        return evaluation.status();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            old item, ipRanges as plain strings        | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            ipv4Ranges objects                         | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]
            ipRanges as API-shaped objects             | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':[{'cidrIp':'0.0.0.0/0'}]}]
            ipv6Ranges ::/0                            | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            all TCP ports 0-65535                      | [{'ipProtocol':'tcp','fromPort':0,'toPort':65535,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]
            a range around 22                          | [{'ipProtocol':'tcp','fromPort':20,'toPort':25,'ipRanges':['0.0.0.0/0']}]
            protocol -1 without ports                  | [{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]
            protocol -1 with null ports                | [{'ipProtocol':'-1','fromPort':null,'toPort':null,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            protocol number 6                          | [{'ipProtocol':'6','fromPort':22,'toPort':22,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]
            protocol in upper case                     | [{'ipProtocol':'TCP','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            tcp without ports                          | [{'ipProtocol':'tcp','ipRanges':['0.0.0.0/0']}]
            second rule is the open one                | [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8','0.0.0.0/0']}]
            """)
    void failsWhenTheWorldReachesPort22(String shape, String ipPermissions) {
        assertThat(statusOf(ipPermissions)).as(shape).isEqualTo(FindingStatus.FAIL);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            only 443 open to the world                 | [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}],'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            22 only from 10.0.0.0/8                    | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8'],'ipv4Ranges':[{'cidrIp':'10.0.0.0/8'}]}]
            22 only from a private IPv6 range          | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipv6Ranges':[{'cidrIpv6':'fd00::/8'}]}]
            22 from another security group             | [{'ipProtocol':'tcp','fromPort':22,'toPort':22,'userIdGroupPairs':[{'groupId':'sg-1'}],'ipRanges':[]}]
            UDP 22 from the world                      | [{'ipProtocol':'udp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]
            ICMP from the world                        | [{'ipProtocol':'icmp','fromPort':-1,'toPort':-1,'ipRanges':['0.0.0.0/0']}]
            range ending below 22                      | [{'ipProtocol':'tcp','fromPort':1,'toPort':21,'ipRanges':['0.0.0.0/0']}]
            range starting above 22                    | [{'ipProtocol':'tcp','fromPort':23,'toPort':1024,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]
            all traffic, but only from the VPC         | [{'ipProtocol':'-1','ipRanges':['172.31.0.0/16']}]
            no inbound rules                           | []
            """)
    void passesWhenTheWorldCannotReachPort22(String shape, String ipPermissions) {
        assertThat(statusOf(ipPermissions)).as(shape).isEqualTo(FindingStatus.PASS);
    }

    @Test
    void passesAGroupWithoutIngressField() {
        assertThat(evaluate(Items.securityGroup("{'groupId':'sg-1','ipPermissionsEgress':[]}")).status())
                .isEqualTo(FindingStatus.PASS);
    }

    @Test
    void recordsTheOffendingRulesAsEvidence() {
        Evaluation evaluation = evaluate(securityGroupWithIngress("""
                [{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},
                 {'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]"""));

        assertThat(evaluation.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(evaluation.evidence().observed()).hasSize(1);
        assertThat(evaluation.evidence().observed().get(0).get("fromPort").asInt()).isEqualTo(22);
        assertThat(evaluation.evidence().itemHash()).matches("[0-9a-f]{64}");
        assertThat(evaluation.evidence().itemCaptureTime()).isEqualTo(Items.CAPTURED);
    }

    @Test
    void aPassingGroupHasNoOffendingRules() {
        Evaluation evaluation = evaluate(securityGroupWithIngress(
                "[{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']}]"));

        assertThat(evaluation.status()).isEqualTo(FindingStatus.PASS);
        assertThat(evaluation.evidence().observed()).isEmpty();
    }

    @Test
    void citesTheFrameworkRequirementsOfOpenSsh() {
        var references = CONTROL.control().references();

        assertThat(references.get("aws-fsbp")).containsExactly("EC2.13");
        assertThat(references.get("cis-aws-3.0")).contains("5.2");
        assertThat(references).containsKeys("soc2", "iso27001-2022", "nist-800-53-r5", "pci-dss-4.0", "hipaa");
    }

    @Test
    void isNotApplicableToADeletedGroup() {
        ConfigurationItem open = securityGroupWithIngress(
                "[{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]");
        ConfigurationItem deleted = new ConfigurationItem(open.accountId(), open.awsRegion(), open.resourceType(),
                open.resourceId(), null, open.arn(), open.configurationItemCaptureTime(), "2", "ResourceDeleted",
                null, null, null);

        assertThat(evaluate(deleted).status()).isEqualTo(FindingStatus.NOT_APPLICABLE);
    }

    @Test
    void theEvidenceAgreesWithTheVerdict() {
        for (String rules : List.of("[{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]",
                "[{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['10.0.0.0/8']}]",
                "[{'ipProtocol':'tcp','fromPort':0,'toPort':65535,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]")) {
            Evaluation evaluation = evaluate(securityGroupWithIngress(rules));
            assertThat(evaluation.evidence().observed().isEmpty()).as(rules)
                    .isEqualTo(evaluation.status() == FindingStatus.PASS);
        }
    }
}
