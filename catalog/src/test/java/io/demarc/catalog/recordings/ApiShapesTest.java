package io.demarc.catalog.recordings;

import static io.demarc.catalog.recordings.AccountFactsTest.normalizeCalls;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.contracts.ConfigurationItem;

/** API answers the shared folders do not hold, in the shapes the AWS CLI and the SDK give them. */
class ApiShapesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bucketEncryptionAnswersBelongToTheNthListedBucket() {
        NormalizedRecording recording = normalizeCalls(
                call("s3", "ListBuckets", 1, 200, "{\"Buckets\": [{\"Name\": \"alpha\"}, {\"Name\": \"beta\"},"
                        + " {\"Name\": \"gamma\"}]}"),
                call("s3", "GetBucketEncryption", 1, 200, "{\"ServerSideEncryptionConfiguration\": {\"Rules\": [{"
                        + "\"ApplyServerSideEncryptionByDefault\": {\"SSEAlgorithm\": \"aws:kms\","
                        + " \"KMSMasterKeyID\": \"arn:aws:kms:eu-west-1:111122223333:key/k\"},"
                        + " \"BucketKeyEnabled\": true}]}}"),
                call("s3", "GetBucketEncryption", 2, 200, "{\"ServerSideEncryptionConfiguration\": {\"Rules\": [{"
                        + "\"ApplyServerSideEncryptionByDefault\": {\"SSEAlgorithm\": \"AES256\"}}]}}"),
                call("s3", "GetBucketEncryption", 3, 404, "{\"Error\": {\"Code\":"
                        + " \"ServerSideEncryptionConfigurationNotFoundError\", \"BucketName\": \"gamma\"}}"),
                call("s3", "GetBucketLocation", 2, 200, "{\"LocationConstraint\": \"eu-central-1\"}"));

        List<ConfigurationItem> buckets = recording.latest("AWS::S3::Bucket");
        JsonNode alpha = Recordings.only(buckets, "alpha").supplementaryConfiguration()
                .path("ServerSideEncryptionConfiguration").path("rules").path(0);
        assertThat(alpha.path("applyServerSideEncryptionByDefault").path("sseAlgorithm").asText())
                .isEqualTo("aws:kms");
        assertThat(alpha.path("applyServerSideEncryptionByDefault").path("kmsMasterKeyID").asText()).endsWith("key/k");
        assertThat(alpha.path("bucketKeyEnabled").asBoolean()).isTrue();
        ConfigurationItem beta = Recordings.only(buckets, "beta");
        assertThat(beta.supplementaryConfiguration().path("ServerSideEncryptionConfiguration").path("rules").path(0)
                .path("applyServerSideEncryptionByDefault").path("sseAlgorithm").asText()).isEqualTo("AES256");
        assertThat(beta.awsRegion()).isEqualTo("eu-central-1");
        assertThat(Recordings.only(buckets, "gamma").supplementaryConfiguration()).as("no default encryption")
                .isNull();
        assertThat(recording.gaps()).isEmpty();
    }

    @Test
    void instancesKeepTheirMetadataOptionsAndOneWithoutHasNone() {
        NormalizedRecording recording = normalizeCalls(call("ec2", "DescribeInstances", 1, 200,
                "{\"Reservations\": [{\"OwnerId\": \"444455556666\", \"Instances\": ["
                        + "{\"InstanceId\": \"i-new\", \"Placement\": {\"AvailabilityZone\": \"eu-west-3a\"},"
                        + " \"MetadataOptions\": {\"HttpTokens\": \"required\", \"HttpEndpoint\": \"enabled\"},"
                        + " \"Tags\": [{\"Key\": \"Name\", \"Value\": \"web\"}]},"
                        + "{\"InstanceId\": \"i-old\", \"Placement\": {\"AvailabilityZone\": \"eu-west-3b\"}}]}]}"));

        List<ConfigurationItem> instances = recording.latest("AWS::EC2::Instance");
        ConfigurationItem modern = Recordings.only(instances, "i-new");
        assertThat(modern.accountId()).isEqualTo("444455556666");
        assertThat(modern.awsRegion()).isEqualTo("eu-west-3");
        assertThat(modern.configuration().path("metadataOptions").path("httpTokens").asText()).isEqualTo("required");
        assertThat(modern.tags()).containsEntry("Name", "web");
        // Nothing is assumed for an instance that reports no metadata options: the field stays absent.
        assertThat(Recordings.only(instances, "i-old").configuration().has("metadataOptions")).isFalse();
    }

    @Test
    void authorizationDetailsGiveUsersGroupsRolesAndPoliciesWithDecodedDocuments() {
        String document = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow"
                + "%22%2C%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D";
        NormalizedRecording recording = normalizeCalls(call("iam", "GetAccountAuthorizationDetails", 1, 200, "{"
                + "\"UserDetailList\": [{\"UserName\": \"ann\", \"UserId\": \"AIDA1\","
                + " \"Arn\": \"arn:aws:iam::111122223333:user/ann\", \"GroupList\": [\"admins\"],"
                + " \"UserPolicyList\": [{\"PolicyName\": \"inline\", \"PolicyDocument\": \"" + document + "\"}],"
                + " \"AttachedManagedPolicies\": []}],"
                + "\"GroupDetailList\": [{\"GroupName\": \"admins\", \"GroupId\": \"AGPA1\","
                + " \"Arn\": \"arn:aws:iam::111122223333:group/admins\", \"AttachedManagedPolicies\": [{"
                + "\"PolicyName\": \"AdministratorAccess\", \"PolicyArn\": \"arn:aws:iam::aws:policy/AdministratorAccess\"}]}],"
                + "\"RoleDetailList\": [{\"RoleName\": \"app\", \"RoleId\": \"AROA1\","
                + " \"Arn\": \"arn:aws:iam::111122223333:role/app\", \"AssumeRolePolicyDocument\": \"" + document
                + "\"}],"
                + "\"Policies\": [{\"PolicyName\": \"mine\", \"PolicyId\": \"ANPA1\","
                + " \"Arn\": \"arn:aws:iam::111122223333:policy/mine\", \"DefaultVersionId\": \"v1\","
                + " \"PolicyVersionList\": [{\"VersionId\": \"v1\", \"IsDefaultVersion\": true, \"Document\": \""
                + document + "\"}]},"
                + " {\"PolicyName\": \"ReadOnlyAccess\", \"Arn\": \"arn:aws:iam::aws:policy/ReadOnlyAccess\"}],"
                + "\"IsTruncated\": false}"));

        ConfigurationItem user = recording.latest("AWS::IAM::User").get(0);
        assertThat(user.resourceId()).isEqualTo("AIDA1");
        assertThat(user.resourceName()).isEqualTo("ann");
        assertThat(user.awsRegion()).isEqualTo("global");
        assertThat(user.configuration().path("userPolicyList").path(0).path("policyDocument").path("Statement")
                .path(0).path("Action").asText()).isEqualTo("*");
        assertThat(user.configuration().path("groupList").path(0).asText()).isEqualTo("admins");
        assertThat(recording.latest("AWS::IAM::Group").get(0).configuration().path("attachedManagedPolicies")
                .path(0).path("policyArn").asText()).endsWith(":policy/AdministratorAccess");
        assertThat(recording.latest("AWS::IAM::Role").get(0).configuration().path("assumeRolePolicyDocument")
                .path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(recording.latest("AWS::IAM::Policy")).singleElement().satisfies(policy -> {
            assertThat(policy.resourceId()).isEqualTo("ANPA1");
            assertThat(policy.configuration().path("policyVersionList").path(0).path("document").isObject()).isTrue();
        });
    }

    @Test
    void eksClustersTakeAwsConfigsCloudFormationShape() {
        ConfigurationItem cluster = normalizeCalls(call("eks", "DescribeCluster", 1, 200, "{\"cluster\": {"
                + "\"name\": \"prod\", \"arn\": \"arn:aws:eks:eu-west-1:111122223333:cluster/prod\","
                + " \"resourcesVpcConfig\": {\"endpointPublicAccess\": false, \"subnetIds\": [\"subnet-1\"]},"
                + " \"encryptionConfig\": [{\"resources\": [\"secrets\"], \"provider\": {\"keyArn\": \"k\"}}],"
                + " \"logging\": {\"clusterLogging\": [{\"types\": [\"api\", \"audit\"], \"enabled\": true},"
                + " {\"types\": [\"scheduler\"], \"enabled\": false}]}, \"tags\": {\"team\": \"core\"}}}"))
                .latest("AWS::EKS::Cluster").get(0);

        assertThat(cluster.resourceId()).isEqualTo("prod");
        assertThat(cluster.configuration().path("ResourcesVpcConfig").path("EndpointPublicAccess").asBoolean(true))
                .isFalse();
        assertThat(cluster.configuration().path("EncryptionConfig").path(0).path("Resources").path(0).asText())
                .isEqualTo("secrets");
        assertThat(cluster.configuration().path("Logging").path("ClusterLogging").path("EnabledTypes"))
                .extracting(type -> type.path("Type").asText()).containsExactly("api", "audit");
        assertThat(cluster.tags()).containsEntry("team", "core");
    }

    @Test
    void guardDutyDetectorsAndConfigRecordersTakeAwsConfigsShape() {
        NormalizedRecording recording = normalizeCalls(
                call("guardduty", "ListDetectors", 1, 200, "{\"DetectorIds\": [\"d-1\"]}"),
                call("guardduty", "GetDetector", 1, 200, "{\"Status\": \"ENABLED\","
                        + " \"DataSources\": {\"S3Logs\": {\"Status\": \"DISABLED\"}},"
                        + " \"Features\": [{\"Name\": \"S3_DATA_EVENTS\", \"Status\": \"ENABLED\"}]}"),
                call("config", "DescribeConfigurationRecorders", 1, 200, "{\"ConfigurationRecorders\": [{"
                        + "\"name\": \"default\", \"roleARN\": \"arn:aws:iam::111122223333:role/config\","
                        + " \"recordingGroup\": {\"allSupported\": true, \"includeGlobalResourceTypes\": true}}]}"),
                call("config", "DescribeConfigurationRecorderStatus", 1, 200, "{\"ConfigurationRecordersStatus\": [{"
                        + "\"name\": \"default\", \"recording\": true, \"lastStatus\": \"SUCCESS\"}]}"));

        ConfigurationItem detector = recording.latest("AWS::GuardDuty::Detector").get(0);
        assertThat(detector.resourceId()).isEqualTo("d-1");
        assertThat(detector.configuration().path("Enable").asBoolean()).isTrue();
        assertThat(detector.configuration().path("DataSources").path("S3Logs").path("Enable").asBoolean(true))
                .isFalse();
        assertThat(detector.configuration().path("Features").path(0).path("Name").asText())
                .isEqualTo("S3_DATA_EVENTS");
        ConfigurationItem recorder = recording.latest("AWS::Config::ConfigurationRecorder").get(0);
        assertThat(recorder.resourceId()).isEqualTo("default");
        assertThat(recorder.configuration().path("Recording").asBoolean()).isTrue();
        assertThat(recorder.configuration().path("RoleARN").asText()).endsWith(":role/config");
        assertThat(recorder.configuration().path("RecordingGroup").path("AllSupported").asBoolean()).isTrue();
    }

    static RecordedCall call(String endpoint, String operation, int sequence, int status, String json) {
        try {
            return new RecordedCall(endpoint, operation, sequence, status, JSON.readTree(json), null, null);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
