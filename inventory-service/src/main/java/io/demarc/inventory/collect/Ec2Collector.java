package io.demarc.inventory.collect;

import java.util.Set;

import io.demarc.catalog.recordings.AccountFactTypes;

import software.amazon.awssdk.services.ec2.Ec2Client;

/** EC2 in one region: security groups, instances, volumes, VPCs, flow logs, EBS and instance metadata defaults. */
final class Ec2Collector implements ServiceCollector {

    @Override
    public String service() {
        return "ec2";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::EC2::SecurityGroup", "AWS::EC2::Instance", "AWS::EC2::Volume", "AWS::EC2::VPC",
                "AWS::EC2::FlowLog", AccountFactTypes.EC2_EBS_ENCRYPTION_BY_DEFAULT,
                AccountFactTypes.EC2_INSTANCE_METADATA_DEFAULTS);
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (Ec2Client ec2 = session.client(Ec2Client::builder)) {
            recorder.pages("ec2", "DescribeSecurityGroups", () -> ec2.describeSecurityGroupsPaginator(b -> {
            }));
            recorder.pages("ec2", "DescribeInstances", () -> ec2.describeInstancesPaginator(b -> {
            }));
            recorder.pages("ec2", "DescribeVolumes", () -> ec2.describeVolumesPaginator(b -> {
            }));
            recorder.pages("ec2", "DescribeVpcs", () -> ec2.describeVpcsPaginator(b -> {
            }));
            recorder.pages("ec2", "DescribeFlowLogs", () -> ec2.describeFlowLogsPaginator(b -> {
            }));
            recorder.call("ec2", "GetEbsEncryptionByDefault", () -> ec2.getEbsEncryptionByDefault(b -> {
            }));
            recorder.call("ec2", "GetEbsDefaultKmsKeyId", () -> ec2.getEbsDefaultKmsKeyId(b -> {
            }));
            recorder.call("ec2", "GetInstanceMetadataDefaults", () -> ec2.getInstanceMetadataDefaults(b -> {
            }));
        }
    }
}
