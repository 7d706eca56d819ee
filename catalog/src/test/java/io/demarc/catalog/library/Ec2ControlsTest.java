package io.demarc.catalog.library;

import static io.demarc.catalog.library.Library.item;
import static io.demarc.catalog.library.Library.status;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.demarc.contracts.FindingStatus;

/** The EC2, EBS and VPC controls on hand-made items. */
class Ec2ControlsTest {

    @ParameterizedTest(name = "{0}: {4} for {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            ec2-sg-rdp-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':3389,'toPort':3389,'ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]} | | FAIL
            ec2-sg-rdp-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':3000,'toPort':4000,'ipv6Ranges':[{'cidrIpv6':'::/0'}]}]} | | FAIL
            ec2-sg-rdp-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]} | | FAIL
            ec2-sg-rdp-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':3389,'toPort':3389,'ipRanges':['10.0.0.0/8']}]} | | PASS
            ec2-sg-rdp-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':22,'toPort':22,'ipRanges':['0.0.0.0/0']}]} | | PASS
            ec2-sg-all-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'-1','ipv6Ranges':[{'cidrIpv6':'::/0'}]}]} | | FAIL
            ec2-sg-all-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'udp','fromPort':0,'toPort':65535,'ipRanges':['0.0.0.0/0']}]} | | FAIL
            ec2-sg-all-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':1,'toPort':65535,'ipRanges':['0.0.0.0/0']}]} | | PASS
            ec2-sg-all-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'-1','ipRanges':['172.31.0.0/16']}]} | | PASS
            ec2-sg-high-risk-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':5432,'toPort':5432,'ipRanges':['0.0.0.0/0']}]} | | FAIL
            ec2-sg-high-risk-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':8000,'toPort':8100,'ipRanges':['0.0.0.0/0']}]} | | FAIL
            ec2-sg-high-risk-ports-open-world | AWS::EC2::SecurityGroup | {'groupId':'sg-1','ipPermissions':[{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},{'ipProtocol':'tcp','fromPort':3306,'toPort':3306,'ipRanges':['10.1.0.0/16']}]} | | PASS
            ec2-sg-default-restricts-all | AWS::EC2::SecurityGroup | {'groupId':'sg-1','groupName':'default','ipPermissions':[],'ipPermissionsEgress':[]} | | PASS
            ec2-sg-default-restricts-all | AWS::EC2::SecurityGroup | {'groupId':'sg-1','groupName':'default','ipPermissions':[{'ipProtocol':'-1','userIdGroupPairs':[{'groupId':'sg-1'}]}],'ipPermissionsEgress':[]} | | FAIL
            ec2-sg-default-restricts-all | AWS::EC2::SecurityGroup | {'groupId':'sg-1','groupName':'default','ipPermissions':[],'ipPermissionsEgress':[{'ipProtocol':'-1','ipv4Ranges':[{'cidrIp':'0.0.0.0/0'}]}]} | | FAIL
            ec2-sg-default-restricts-all | AWS::EC2::SecurityGroup | {'groupId':'sg-1','groupName':'web','ipPermissions':[{'ipProtocol':'-1','ipRanges':['0.0.0.0/0']}]} | | NOT_APPLICABLE
            ec2-instance-imdsv2-required | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'metadataOptions':{'httpTokens':'required','httpEndpoint':'enabled'}} | | PASS
            ec2-instance-imdsv2-required | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'metadataOptions':{'httpTokens':'optional','httpEndpoint':'disabled'}} | | PASS
            ec2-instance-imdsv2-required | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'metadataOptions':{'httpTokens':'optional','httpEndpoint':'enabled'}} | | FAIL
            ec2-instance-imdsv2-required | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'stopped'}} | | FAIL
            ec2-instance-imdsv2-required | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'terminated'}} | | NOT_APPLICABLE
            ec2-instance-no-public-ip | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'privateIpAddress':'10.0.0.5','publicIpAddress':null,'networkInterfaces':[{'privateIpAddress':'10.0.0.5'}]} | | PASS
            ec2-instance-no-public-ip | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'publicIpAddress':'34.1.2.3'} | | FAIL
            ec2-instance-no-public-ip | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'networkInterfaces':[{'association':{'publicIp':'34.1.2.3','ipOwnerId':'amazon'}}]} | | FAIL
            ec2-instance-profile-attached | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'iamInstanceProfile':{'arn':'arn:aws:iam::123456789012:instance-profile/app','id':'AIPA1'}} | | PASS
            ec2-instance-profile-attached | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'iamInstanceProfile':null} | | FAIL
            ec2-instance-not-paravirtual | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'virtualizationType':'hvm'} | | PASS
            ec2-instance-not-paravirtual | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'virtualizationType':'paravirtual'} | | FAIL
            ec2-instance-single-eni | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'networkInterfaces':[{'networkInterfaceId':'eni-1'}]} | | PASS
            ec2-instance-single-eni | AWS::EC2::Instance | {'instanceId':'i-1','state':{'name':'running'},'networkInterfaces':[{'networkInterfaceId':'eni-1'},{'networkInterfaceId':'eni-2'}]} | | FAIL
            ec2-ebs-volume-encrypted | AWS::EC2::Volume | {'volumeId':'vol-1','encrypted':true,'kmsKeyId':'arn:aws:kms:eu-west-1:123456789012:key/k'} | | PASS
            ec2-ebs-volume-encrypted | AWS::EC2::Volume | {'volumeId':'vol-1','encrypted':false} | | FAIL
            ec2-ebs-volume-encrypted | AWS::EC2::Volume | {'volumeId':'vol-1'} | | FAIL
            ec2-nacl-admin-ports-open-world | AWS::EC2::NetworkAcl | {'entries':[{'ruleNumber':100,'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':443,'to':443}},{'ruleNumber':100,'protocol':'-1','ruleAction':'allow','egress':true,'cidrBlock':'0.0.0.0/0'}]} | | PASS
            ec2-nacl-admin-ports-open-world | AWS::EC2::NetworkAcl | {'entries':[{'ruleNumber':100,'protocol':'6','ruleAction':'allow','egress':false,'cidrBlock':'0.0.0.0/0','portRange':{'from':22,'to':22}}]} | | FAIL
            ec2-nacl-admin-ports-open-world | AWS::EC2::NetworkAcl | {'entries':[{'ruleNumber':100,'protocol':'-1','ruleAction':'allow','egress':false,'ipv6CidrBlock':'::/0'}]} | | FAIL
            ec2-nacl-admin-ports-open-world | AWS::EC2::NetworkAcl | {'entries':[{'ruleNumber':90,'protocol':'-1','ruleAction':'deny','egress':false,'cidrBlock':'0.0.0.0/0'}]} | | PASS
            ec2-subnet-no-auto-public-ip | AWS::EC2::Subnet | {'subnetId':'subnet-1','mapPublicIpOnLaunch':false} | | PASS
            ec2-subnet-no-auto-public-ip | AWS::EC2::Subnet | {'subnetId':'subnet-1','mapPublicIpOnLaunch':true} | | FAIL
            """)
    void decides(String controlId, String resourceType, String configuration, String supplementary,
            FindingStatus expected) {
        assertThat(status(controlId, item(resourceType, configuration, supplementary))).isEqualTo(expected);
    }

    @Test
    void missingMetadataOptionsAreRecordedAsSuch() {
        var evaluation = Library.evaluate("ec2-instance-imdsv2-required",
                item("AWS::EC2::Instance", "{'instanceId':'i-1','state':{'name':'running'}}", null));

        assertThat(evaluation.status()).isEqualTo(FindingStatus.FAIL);
        assertThat(evaluation.evidence().observed().asText()).isEqualTo("absent");
    }

    @Test
    void theHighRiskRuleIsTheEvidence() {
        var evaluation = Library.evaluate("ec2-sg-high-risk-ports-open-world", item("AWS::EC2::SecurityGroup",
                "{'ipPermissions':[{'ipProtocol':'tcp','fromPort':443,'toPort':443,'ipRanges':['0.0.0.0/0']},"
                        + "{'ipProtocol':'tcp','fromPort':9200,'toPort':9200,'ipRanges':['0.0.0.0/0']}]}",
                null));

        assertThat(evaluation.evidence().observed()).hasSize(1);
        assertThat(evaluation.evidence().observed().get(0).get("fromPort").asInt()).isEqualTo(9200);
    }
}
