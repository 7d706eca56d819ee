package io.demarc.catalog.recordings;

import static io.demarc.catalog.recordings.Recordings.expectedIds;
import static io.demarc.catalog.recordings.Recordings.ids;
import static io.demarc.catalog.recordings.Recordings.normalize;
import static io.demarc.catalog.recordings.Recordings.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.PolicyDocuments;
import io.demarc.contracts.ConfigurationItem;

/**
 * What each folder holds, checked against the oracle (EXPECTED.json: the resources Cloud Custodian saw) and against
 * the facts EXPECTED.md derives from the data.
 */
class RecordingVerdictsTest {

    @Test
    void securityGroupsAreTheNineteenTheOracleSaw() {
        NormalizedRecording recording = normalize("test_only_ports_and_cidr_ingress");

        List<ConfigurationItem> groups = recording.latest("AWS::EC2::SecurityGroup");
        assertThat(ids(groups)).containsExactlyInAnyOrderElementsOf(
                expectedIds("test_only_ports_and_cidr_ingress", "all SGs")).hasSize(19);
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.accountId()).isEqualTo("123456789012");
            assertThat(group.awsRegion()).isEqualTo("us-east-1");
        });
    }

    @Test
    void aSecondDescribeIsALaterStateOfTheGroupsItNames() {
        NormalizedRecording recording = normalize("test_only_ports_and_cidr_ingress");

        List<ConfigurationItem> states = recording.items().stream()
                .filter(item -> item.resourceId().equals("sg-02a60363e2b087ff8")).toList();
        assertThat(states).extracting(ConfigurationItem::configurationStateId).containsExactly("1", "2");
        assertThat(ports(states.get(0))).containsExactly(80, 8080, 0, 1234, 443);
        assertThat(ports(only(recording.latest(), "sg-02a60363e2b087ff8"))).containsExactly(80, 0, 443);
    }

    @Test
    void aSecurityGroupFromTheApiEqualsTheOneAwsConfigRecorded() {
        NormalizedRecording recording = normalize("test_security_group_config_source");
        JsonNode fromConfig = RecordedResponses.read(Recordings.ROOT.resolve("test_security_group_config_source"))
                .calls("config", "SelectResourceConfig").get(0).data().path("Results").path(0);
        JsonNode configItem = PolicyDocuments.parse(fromConfig.asText());

        ConfigurationItem group = only(recording.latest(), "sg-6c7fa917");
        assertThat(group.configuration()).isEqualTo(configItem.path("configuration"));
        assertThat(group.tags()).containsEntry("NetworkLocation", "Private");
        assertThat(recording.skipped()).extracting(SkippedOperation::operation).contains("SelectResourceConfig");
    }

    @Test
    void volumesCarryTheirEncryptionAndTheRegionOfTheirZone() {
        List<ConfigurationItem> volumes = normalize("test_ebs_aws_managed_kms_keys").latest("AWS::EC2::Volume");

        assertThat(ids(volumes)).containsExactly("vol-14a3cd9d", "vol-37e189b7", "vol-cc3fc645");
        assertThat(volumes.stream().filter(v -> !v.configuration().path("encrypted").asBoolean()).toList())
                .extracting(ConfigurationItem::resourceId)
                .containsExactlyElementsOf(expectedIds("test_ebs_aws_managed_kms_keys", "EBS volume Encrypted"));
        assertThat(volumes).extracting(ConfigurationItem::awsRegion).containsOnly("us-west-2");
        assertThat(only(volumes, "vol-37e189b7").configuration().path("createTime").asText())
                .isEqualTo("2016-07-24T10:35:06.901Z");
    }

    @Test
    void rdsInstancesAreNamedAndClassifiedAsTheOracleSaysWithAwsConfigFieldNames() {
        List<ConfigurationItem> instances = normalize("test_rds_kms_alias").latest("AWS::RDS::DBInstance");

        assertThat(instances).extracting(ConfigurationItem::resourceName)
                .containsAll(expectedIds("test_rds_kms_alias", "rds PubliclyAccessible"));
        assertThat(instances.stream().filter(i -> i.configuration().path("publiclyAccessible").asBoolean()))
                .extracting(ConfigurationItem::resourceName)
                .containsExactlyInAnyOrderElementsOf(expectedIds("test_rds_kms_alias", "rds PubliclyAccessible"));
        assertThat(instances.stream().filter(i -> !i.configuration().path("storageEncrypted").asBoolean()))
                .extracting(ConfigurationItem::resourceName)
                .containsExactlyElementsOf(expectedIds("test_rds_kms_alias", "rds StorageEncrypted"));
        assertThat(instances).allSatisfy(i -> assertThat(i.configuration().has("dBInstanceIdentifier")).isTrue());
    }

    @Test
    void lambdaFunctionsKeepTheirRuntimeAndRolesComeFromGetRole() {
        NormalizedRecording recording = normalize("test_lambda_iam_role_filter_by_role_name");

        List<ConfigurationItem> functions = recording.latest("AWS::Lambda::Function");
        assertThat(ids(functions)).containsExactly("hello_world", "test-kms");
        assertThat(only(functions, "test-kms").configuration().path("runtime").asText()).isEqualTo("nodejs14.x");
        assertThat(only(functions, "test-kms").tags()).containsEntry("lambda-console:blueprint", "hello-world");
        assertThat(functions).extracting(ConfigurationItem::awsRegion).containsOnly("us-west-2");
        List<ConfigurationItem> roles = recording.latest("AWS::IAM::Role");
        assertThat(roles).extracting(ConfigurationItem::resourceName)
                .containsExactlyInAnyOrder("hello_world-role-wktizgp5", "test-kms-role-gux84ofy");
        assertThat(roles).allSatisfy(role -> {
            assertThat(role.awsRegion()).isEqualTo("global");
            assertThat(role.configuration().path("assumeRolePolicyDocument").path("Statement").isArray()).isTrue();
        });
    }

    @Test
    void aKeyHasItsRotationStatusAndTags() {
        List<ConfigurationItem> keys = normalize("test_key_rotation").latest("AWS::KMS::Key");

        assertThat(ids(keys)).containsExactlyElementsOf(expectedIds("test_key_rotation", "kms-key"));
        ConfigurationItem key = keys.get(0);
        assertThat(key.supplementaryConfiguration().path("KeyRotationStatus").asBoolean()).isTrue();
        assertThat(key.configuration().path("keyManager").asText()).isEqualTo("CUSTOMER");
        assertThat(key.configuration().path("awsaccountId").asText()).isEqualTo("644160558196");
        assertThat(key.tags()).containsEntry("tagk", "tagv");
    }

    @Test
    void onlyTheAdminPolicyHasItsDocumentAndItAllowsEverything() {
        List<ConfigurationItem> policies = normalize("test_iam_policy_allow_all").latest("AWS::IAM::Policy");

        assertThat(policies).hasSize(7);
        List<ConfigurationItem> withDocument = policies.stream()
                .filter(p -> p.configuration().has("policyVersionList")).toList();
        assertThat(withDocument).extracting(ConfigurationItem::resourceName)
                .containsExactlyElementsOf(expectedIds("test_iam_policy_allow_all", "iam-policy"));
        JsonNode statement = withDocument.get(0).configuration().path("policyVersionList").path(0).path("document")
                .path("Statement").path(0);
        assertThat(statement.path("Action").asText()).isEqualTo("*");
        assertThat(statement.path("Resource").asText()).isEqualTo("*");
        assertThat(only(policies, "ANPAI2AKY6QACCLDYBF3O").tags()).isEmpty();
        assertThat(withDocument.get(0).tags()).containsEntry("Environment", "testing");
    }

    @Test
    void theUserHasAdministratorAccessAttachedAndTheAwsManagedPolicyIsNoItem() {
        NormalizedRecording recording = normalize("test_iam_user_admin_policy");

        List<ConfigurationItem> users = recording.latest("AWS::IAM::User");
        assertThat(users).extracting(ConfigurationItem::resourceName)
                .containsExactlyElementsOf(expectedIds("test_iam_user_admin_policy", "iam-user"));
        assertThat(users.get(0).configuration().path("attachedManagedPolicies").path(0).path("policyArn").asText())
                .isEqualTo("arn:aws:iam::aws:policy/AdministratorAccess");
        assertThat(recording.latest("AWS::IAM::Policy")).isEmpty();
    }

    @Test
    void trailsAreInTheirHomeRegionAndShadowsAreNotCopies() {
        List<ConfigurationItem> trails = normalize("test_cloudtrail_is_shadow_or_not")
                .latest("AWS::CloudTrail::Trail");

        assertThat(ids(trails)).containsExactly("MultiRegion1CloudTrail", "MultiRegion2CloudTrail",
                "SingleCloudTrail");
        assertThat(only(trails, "MultiRegion2CloudTrail").awsRegion()).isEqualTo("us-east-2");
        assertThat(trails.stream().filter(t -> !t.configuration().path("isMultiRegionTrail").asBoolean()))
                .extracting(ConfigurationItem::resourceId)
                .containsExactlyElementsOf(expectedIds("test_cloudtrail_is_shadow_or_not", "cloudtrail IsMultiRegion"));
        assertThat(trails).allSatisfy(t -> assertThat(t.configuration().path("logFileValidationEnabled").asBoolean())
                .isTrue());
    }

    @Test
    void aTrailHasItsStatusAndOnlyTheTrailsWhoseStatusWasRecorded() {
        ConfigurationItem trail = normalize("test_account_trail").latest("AWS::CloudTrail::Trail").get(0);
        assertThat(trail.resourceId()).isEqualTo("skunk-trails");
        assertThat(trail.configuration().path("isMultiRegionTrail").asBoolean()).isTrue();
        assertThat(trail.configuration().path("kmsKeyId").asText()).startsWith("arn:aws:kms:");
        assertThat(trail.supplementaryConfiguration().path("TrailStatus").path("isLogging").asBoolean()).isTrue();
        assertThat(trail.configurationItemCaptureTime()).as("the last HTTP date AWS answered with")
                .isEqualTo(RecordedResponses.read(Recordings.ROOT.resolve("test_account_trail")).calls().stream()
                        .map(RecordedCall::answeredAt).max(java.time.Instant::compareTo).orElseThrow());

        List<ConfigurationItem> two = normalize("test_cloudtrail_fail_log_metric_filter_no_alarm")
                .latest("AWS::CloudTrail::Trail");
        assertThat(two).hasSize(2);
        assertThat(two.stream().filter(t -> t.supplementaryConfiguration() != null)).extracting(
                ConfigurationItem::resourceId).containsExactly("aws-controltower-BaselineCloudTrail");
    }

    @Test
    void metricFiltersAlarmsAndTopicsOfTheMonitoringFolders() {
        NormalizedRecording failing = normalize("test_cloudtrail_fail_log_metric_filter_no_alarm");
        assertThat(failing.latest("AWS::Logs::MetricFilter")).singleElement().satisfies(filter -> assertThat(
                filter.configuration().path("filterPattern").asText()).contains("ConsoleLogin"));
        assertThat(failing.latest("AWS::CloudWatch::Alarm")).isEmpty();

        NormalizedRecording passing = normalize("test_cloudtrail_success_log_metric_filter");
        assertThat(passing.latest("AWS::CloudWatch::Alarm")).singleElement().satisfies(alarm -> {
            assertThat(alarm.resourceId()).isEqualTo("NoMFAConsoleLoginAlarm_40313");
            assertThat(alarm.configuration().path("metricName").asText()).isEqualTo("no_mfa_console_signin_metric_1");
            assertThat(alarm.configuration().has("okactions")).isTrue();
        });
        assertThat(passing.latest("AWS::SNS::Topic")).hasSize(1);
    }

    @Test
    void eachVpcListsItsFlowLogs() {
        List<ConfigurationItem> vpcs = normalize("test_vpc_flow_logs_misconfigured").latest("AWS::EC2::VPC");

        assertThat(ids(vpcs)).containsExactly("vpc-4a9ff72e", "vpc-d0e386b7");
        assertThat(only(vpcs, "vpc-4a9ff72e").supplementaryConfiguration().path("FlowLogs")).hasSize(3);
        assertThat(only(vpcs, "vpc-d0e386b7").supplementaryConfiguration().path("FlowLogs")).hasSize(2);
        assertThat(only(vpcs, "vpc-4a9ff72e").supplementaryConfiguration().path("FlowLogs").path(0)
                .path("trafficType").asText()).isEqualTo("REJECT");
    }

    private static List<Integer> ports(ConfigurationItem group) {
        List<Integer> ports = new java.util.ArrayList<>();
        group.configuration().path("ipPermissions").forEach(p -> ports.add(p.path("fromPort").asInt()));
        return ports;
    }
}
