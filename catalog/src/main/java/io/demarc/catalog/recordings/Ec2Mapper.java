package io.demarc.catalog.recordings;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * EC2: security groups, instances, volumes, VPCs and flow logs, and the account's regional defaults (EBS encryption by
 * default, instance metadata defaults). Security group rules get AWS Config's two spellings of an IPv4 range:
 * {@code ipv4Ranges} as objects and {@code ipRanges} as plain CIDR strings. A VPC also lists its flow logs in
 * {@code supplementaryConfiguration.FlowLogs} (AWS Config keeps them apart), so a control on one VPC can see them.
 * An instance without {@code MetadataOptions} keeps it absent: nothing is assumed about IMDSv2.
 */
final class Ec2Mapper implements ServiceMapper {

    static final String SECURITY_GROUP = "AWS::EC2::SecurityGroup";
    static final String INSTANCE = "AWS::EC2::Instance";
    static final String VOLUME = "AWS::EC2::Volume";
    static final String VPC = "AWS::EC2::VPC";
    static final String FLOW_LOG = "AWS::EC2::FlowLog";
    static final String ACCOUNT = "account";

    @Override
    public Set<String> reads() {
        return Set.of("ec2.DescribeSecurityGroups", "ec2.DescribeInstances", "ec2.DescribeVolumes",
                "ec2.DescribeVpcs", "ec2.DescribeFlowLogs", "ec2.GetEbsEncryptionByDefault",
                "ec2.GetEbsDefaultKmsKeyId", "ec2.GetInstanceMetadataDefaults");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        eachListed(recording, "DescribeSecurityGroups", "SecurityGroups", (group, round) -> {
            ItemSink.Draft draft = sink.draft(SECURITY_GROUP, group.path("GroupId").asText(), round)
                    .name(group.path("GroupName").asText(null)).account(group.path("OwnerId").asText(null))
                    .configure(group).tags(group.path("Tags"));
            ipRanges(draft.configuration.path("ipPermissions"));
            ipRanges(draft.configuration.path("ipPermissionsEgress"));
        });
        List<List<RecordedCall>> reservations = recording.rounds("ec2", "DescribeInstances");
        for (int round = 0; round < reservations.size(); round++) {
            for (RecordedCall call : reservations.get(round)) {
                for (JsonNode reservation : call.data().path("Reservations")) {
                    for (JsonNode instance : reservation.path("Instances")) {
                        sink.draft(INSTANCE, instance.path("InstanceId").asText(), round + 1)
                                .account(reservation.path("OwnerId").asText(null))
                                .zone(instance.path("Placement").path("AvailabilityZone").asText(null))
                                .configure(instance).tags(instance.path("Tags"));
                    }
                }
            }
        }
        eachListed(recording, "DescribeVolumes", "Volumes",
                (volume, round) -> sink.draft(VOLUME, volume.path("VolumeId").asText(), round)
                        .zone(volume.path("AvailabilityZone").asText(null)).configure(volume)
                        .tags(volume.path("Tags")));
        eachListed(recording, "DescribeVpcs", "Vpcs",
                (vpc, round) -> sink.draft(VPC, vpc.path("VpcId").asText(), round)
                        .account(vpc.path("OwnerId").asText(null)).configure(vpc).tags(vpc.path("Tags")));
        eachListed(recording, "DescribeFlowLogs", "FlowLogs", (flowLog, round) -> {
            sink.draft(FLOW_LOG, flowLog.path("FlowLogId").asText(), round).configure(flowLog)
                    .tags(flowLog.path("Tags"));
            sink.latest(VPC, flowLog.path("ResourceId").asText()).ifPresent(vpc -> {
                if (!vpc.supplementary.has("FlowLogs")) {
                    vpc.supplementary.putArray("FlowLogs");
                }
                ((ArrayNode) vpc.supplementary.get("FlowLogs")).add(ConfigNames.camelCopy(flowLog));
            });
        });
        accountDefaults(recording, sink);
    }

    private static void accountDefaults(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("ec2", "GetEbsEncryptionByDefault");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            if (!call.failed()) {
                sink.draft(AccountFactTypes.EC2_EBS_ENCRYPTION_BY_DEFAULT, ACCOUNT, round + 1).accountScoped()
                        .configure(call.data());
            }
        }
        for (RecordedCall call : recording.calls("ec2", "GetEbsDefaultKmsKeyId")) {
            if (!call.failed()) {
                sink.latest(AccountFactTypes.EC2_EBS_ENCRYPTION_BY_DEFAULT, ACCOUNT).ifPresent(
                        draft -> draft.configuration.set("ebsDefaultKmsKeyId",
                                ConfigNames.orNull(call.data().path("KmsKeyId"))));
            }
        }
        rounds = recording.rounds("ec2", "GetInstanceMetadataDefaults");
        for (int round = 0; round < rounds.size(); round++) {
            RecordedCall call = rounds.get(round).get(0);
            if (!call.failed()) {
                sink.draft(AccountFactTypes.EC2_INSTANCE_METADATA_DEFAULTS, ACCOUNT, round + 1).accountScoped()
                        .configure(call.data().path("AccountLevel"));
            }
        }
    }

    /** Calls {@code each} with every element of the list, and the round (state) it was listed in, from 1. */
    private static void eachListed(RecordedResponses recording, String operation, String list,
            BiConsumer<JsonNode, Integer> each) {
        List<List<RecordedCall>> rounds = recording.rounds("ec2", operation);
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode element : call.data().path(list)) {
                    each.accept(element, round + 1);
                }
            }
        }
    }

    /** AWS Config writes an IPv4 range twice: {@code ipv4Ranges: [{cidrIp}]} and {@code ipRanges: ["cidr"]}. */
    private static void ipRanges(JsonNode permissions) {
        for (JsonNode permission : permissions) {
            ObjectNode rule = (ObjectNode) permission;
            JsonNode ranges = rule.path("ipRanges");
            ArrayNode cidrs = ConfigNames.JSON.createArrayNode();
            ArrayNode objects = ConfigNames.JSON.createArrayNode();
            for (JsonNode range : ranges) {
                if (range.isObject()) {
                    objects.add(range);
                    cidrs.add(range.path("cidrIp").asText());
                } else {
                    cidrs.add(range);
                }
            }
            rule.set("ipv4Ranges", objects);
            rule.set("ipRanges", cidrs);
        }
    }
}
