package io.demarc.catalog.recordings;

import static io.demarc.catalog.recordings.Recordings.expectedIds;
import static io.demarc.catalog.recordings.Recordings.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.contracts.ConfigurationItem;

/** Account-level facts become one item per account, whose resource id is the account id. */
class AccountFactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noPasswordPolicyIsTheFactNotAnError() {
        NormalizedRecording recording = normalize("test_account_missing_password_policy");

        assertThat(recording.latest(AccountFactTypes.IAM_PASSWORD_POLICY)).singleElement().satisfies(policy -> {
            assertThat(policy.resourceId()).isEqualTo(
                    expectedIds("test_account_missing_password_policy", "account password-policy").get(0));
            assertThat(policy.awsRegion()).isEqualTo("global");
            assertThat(policy.configuration().path("passwordPolicyConfigured").asBoolean(true)).isFalse();
        });
        assertThat(recording.gaps()).isEmpty();
    }

    @Test
    void aDeniedPasswordPolicyIsAGapNotTheAbsenceOfAPolicy() {
        RecordedCall call = call("iam", "GetAccountPasswordPolicy", 403,
                "{\"Error\": {\"Code\": \"AccessDenied\", \"Message\": \"not allowed\"}}");

        NormalizedRecording recording = normalizeCalls(call);

        assertThat(recording.items()).isEmpty();
        assertThat(recording.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.service()).isEqualTo("iam");
            assertThat(gap.operation()).isEqualTo("GetAccountPasswordPolicy");
            assertThat(gap.errorCode()).isEqualTo("AccessDenied");
            assertThat(gap.message()).isEqualTo("not allowed");
        });
    }

    @Test
    void aDeniedListIsAGapAndTheOtherServicesStillCount() {
        NormalizedRecording recording = normalizeCalls(
                call("ec2", "DescribeSecurityGroups", 403, "{\"Error\": {\"Code\": \"UnauthorizedOperation\"}}"),
                call("iam", "GetAccountSummary", 200, "{\"SummaryMap\": {\"AccountMFAEnabled\": 0}}"));

        assertThat(recording.gaps()).extracting(CollectionGap::operation).containsExactly("DescribeSecurityGroups");
        assertThat(recording.items()).extracting(ConfigurationItem::resourceType)
                .containsExactly(AccountFactTypes.IAM_SUMMARY);
    }

    @Test
    void aPasswordPolicyIsReadInAwsConfigSpelling() {
        RecordedCall call = call("iam", "GetAccountPasswordPolicy", 200,
                "{\"PasswordPolicy\": {\"MinimumPasswordLength\": 14, \"RequireSymbols\": true}}");

        ConfigurationItem policy = normalizeCalls(call).latest(AccountFactTypes.IAM_PASSWORD_POLICY).get(0);

        assertThat(policy.configuration().path("passwordPolicyConfigured").asBoolean()).isTrue();
        assertThat(policy.configuration().path("minimumPasswordLength").asInt()).isEqualTo(14);
        assertThat(policy.resourceId()).isEqualTo("111122223333");
    }

    @Test
    void theAccountSummarySaysWhetherRootHasKeysAndMfa() {
        for (String folder : List.of("test_account_root_api_keys", "test_account_root_mfa")) {
            ConfigurationItem summary = normalize(folder).latest(AccountFactTypes.IAM_SUMMARY).get(0);

            assertThat(summary.resourceId()).isEqualTo(Recordings.C7N_ACCOUNT);
            assertThat(summary.configuration().path("accountAccessKeysPresent").asInt()).isZero();
            assertThat(summary.configuration().path("accountMFAEnabled").asInt()).isOne();
        }
    }

    @Test
    void ebsEncryptionByDefaultBeforeAndAfterTheFix() {
        NormalizedRecording recording = new RecordingNormalizer().normalize(
                RecordedResponses.read(Recordings.ROOT.resolve("test_account_ebs_encrypt")),
                RecordingContext.of(null, "us-east-1"));

        List<ConfigurationItem> states = recording.items().stream()
                .filter(i -> i.resourceType().equals(AccountFactTypes.EC2_EBS_ENCRYPTION_BY_DEFAULT)).toList();
        assertThat(states).extracting(i -> i.configuration().path("ebsEncryptionByDefault").asBoolean())
                .containsExactly(false, true);
        // The account comes from the data (an ARN of the recording): none was given.
        assertThat(states).extracting(ConfigurationItem::resourceId)
                .containsOnly(expectedIds("test_account_ebs_encrypt", "account default-ebs").get(0));
        assertThat(recording.latest(AccountFactTypes.EC2_EBS_ENCRYPTION_BY_DEFAULT).get(0).configuration()
                .path("ebsEncryptionByDefault").asBoolean()).isTrue();
        assertThat(recording.skipped()).extracting(SkippedOperation::operation)
                .contains("EnableEbsEncryptionByDefault", "ModifyEbsDefaultKmsKeyId");
    }

    @Test
    void instanceMetadataDefaultsBeforeAndAfterTheFix() {
        NormalizedRecording recording = normalize("test_ec2_metadata_defaults");

        assertThat(recording.items().stream()
                .filter(i -> i.resourceType().equals(AccountFactTypes.EC2_INSTANCE_METADATA_DEFAULTS)))
                .extracting(i -> i.configuration().path("httpTokens").asText())
                .containsExactly("optional", "required");
    }

    @Test
    void theCredentialReportKeepsADuplicatedUserOnce() {
        String csv = String.join("\n",
                "user,arn,user_creation_time,password_enabled,mfa_active,access_key_1_active",
                "<root_account>,arn:aws:iam::111122223333:root,2016-01-01T00:00:00+00:00,not_supported,true,false",
                "alice,arn:aws:iam::111122223333:user/alice,2017-01-01T00:00:00+00:00,true,false,true",
                "alice,arn:aws:iam::111122223333:user/alice,2017-01-01T00:00:00+00:00,true,false,true",
                "\"bob, jr\",arn:aws:iam::111122223333:user/bob,2018-01-01T00:00:00+00:00,false,false,false");
        String content = Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8));
        RecordedCall call = call("iam", "GetCredentialReport", 200, "{\"Content\": \"" + content
                + "\", \"ReportFormat\": \"text/csv\", \"GeneratedTime\": \"2024-05-01T10:00:00Z\"}");

        ConfigurationItem report = normalizeCalls(call).latest(AccountFactTypes.IAM_CREDENTIAL_REPORT).get(0);

        JsonNode users = report.configuration().path("users");
        assertThat(users).hasSize(3);
        assertThat(users).extracting(row -> row.path("user").asText())
                .containsExactly("<root_account>", "alice", "bob, jr");
        assertThat(users.get(0).path("mfa_active").asText()).isEqualTo("true");
        assertThat(report.configuration().path("generatedTime").asText()).isEqualTo("2024-05-01T10:00:00Z");
    }

    @Test
    void theAccountPublicAccessBlockIsAwsConfigsOwnType() {
        RecordedCall call = call("s3control", "GetPublicAccessBlock", 200, "{\"PublicAccessBlockConfiguration\":"
                + " {\"BlockPublicAcls\": true, \"IgnorePublicAcls\": true, \"BlockPublicPolicy\": true,"
                + " \"RestrictPublicBuckets\": false}}");

        ConfigurationItem block = normalizeCalls(call).latest("AWS::S3::AccountPublicAccessBlock").get(0);

        assertThat(block.configuration().path("blockPublicAcls").asBoolean()).isTrue();
        assertThat(block.configuration().path("restrictPublicBuckets").asBoolean()).isFalse();
    }

    static RecordedCall call(String endpoint, String operation, int status, String json) {
        try {
            return new RecordedCall(endpoint, operation, 1, status, JSON.readTree(json), null, null);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static NormalizedRecording normalizeCalls(RecordedCall... calls) {
        return new RecordingNormalizer().normalize(RecordedResponses.of(List.of(calls)),
                RecordingContext.of("111122223333", "eu-west-1"));
    }
}
