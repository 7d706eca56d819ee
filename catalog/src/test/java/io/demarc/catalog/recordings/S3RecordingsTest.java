package io.demarc.catalog.recordings;

import static io.demarc.catalog.recordings.Recordings.expectedIds;
import static io.demarc.catalog.recordings.Recordings.normalize;
import static io.demarc.catalog.recordings.Recordings.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.PolicyDocuments;
import io.demarc.contracts.ConfigurationItem;

/** S3 buckets: per-bucket answers found their bucket, details in AWS Config's shape, denied calls as gaps. */
class S3RecordingsTest {

    @Test
    void perBucketAnswersBelongToTheNthListedBucket() {
        NormalizedRecording recording = normalize("test_s3_check_public_block");

        List<ConfigurationItem> buckets = recording.latest("AWS::S3::Bucket");
        assertThat(Recordings.ids(buckets)).containsExactlyInAnyOrderElementsOf(
                expectedIds("test_s3_check_public_block", "check-public-block"));
        assertThat(only(buckets, "644160558196-us-east-1-s3-logs").supplementaryConfiguration()).isNull();
        JsonNode block = only(buckets, "644160558196-us-east-2-s3-logs").supplementaryConfiguration()
                .path("PublicAccessBlockConfiguration");
        assertThat(block.path("blockPublicAcls").asBoolean()).isTrue();
        assertThat(block.path("ignorePublicAcls").asBoolean(true)).isFalse();
        assertThat(only(buckets, "my-locked-down-bucket").supplementaryConfiguration()).isNull();
    }

    @Test
    void aDeniedCallIsAGapForItsBucketNotACrash() {
        NormalizedRecording recording = normalize("test_s3_check_public_block");

        assertThat(recording.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.service()).isEqualTo("s3");
            assertThat(gap.operation()).isEqualTo("GetPublicAccessBlock");
            assertThat(gap.statusCode()).isEqualTo(403);
            assertThat(gap.errorCode()).isEqualTo("AccessDenied");
            assertThat(gap.resource()).isEqualTo("my-locked-down-bucket");
        });
    }

    @Test
    void anAnswerThatNamesItsBucketWinsOverListOrder() {
        NormalizedRecording recording = normalize("test_s3_normalize");

        List<ConfigurationItem> buckets = recording.latest("AWS::S3::Bucket");
        assertThat(Recordings.ids(buckets)).containsExactly("config-bucket-644160558196", "custodian-skunk-billing",
                "custodian-skunk-trails", "custodian-test-data-23");
        assertThat(buckets.stream().filter(b -> b.supplementaryConfiguration() != null))
                .extracting(ConfigurationItem::resourceId).containsExactly("custodian-test-data-23");
        assertThat(recording.gaps()).isEmpty();
    }

    /** The same bucket as AWS Config recorded it (the notification the recording received through SNS and SQS). */
    @Test
    void theBucketMatchesAwsConfigsItemOfIt() {
        ConfigurationItem bucket = only(normalize("test_s3_normalize").latest(), "custodian-test-data-23");
        JsonNode config = configItem();

        assertThat(bucket.resourceType()).isEqualTo(config.path("resourceType").asText());
        assertThat(bucket.arn()).isEqualTo(config.path("ARN").asText());
        assertThat(bucket.awsRegion()).isEqualTo(config.path("awsRegion").asText());
        assertThat(bucket.configuration().path("name")).isEqualTo(config.path("configuration").path("name"));
        assertThat(bucket.configuration().path("owner")).isEqualTo(config.path("configuration").path("owner"));
        JsonNode ours = bucket.supplementaryConfiguration();
        JsonNode theirs = config.path("supplementaryConfiguration");
        // Both sides' bucket policy is JSON text; ours is decoded, as the normalizer decodes AWS Config's.
        assertThat(ours.path("BucketPolicy").path("policyText"))
                .isEqualTo(PolicyDocuments.parse(theirs.path("BucketPolicy").path("policyText").asText()));
        assertThat(ours.path("BucketPolicy").path("policyText").isObject()).isTrue();
        for (String field : List.of("BucketLoggingConfiguration", "BucketVersioningConfiguration",
                "BucketWebsiteConfiguration", "BucketNotificationConfiguration", "BucketTaggingConfiguration")) {
            assertThat(ours.path(field)).as(field).isEqualTo(theirs.path(field));
        }
        JsonNode acl = PolicyDocuments.parse(theirs.path("AccessControlList").asText());
        assertThat(ours.path("AccessControlList").path("grantList")).isEqualTo(acl.path("grantList"));
        assertThat(ours.path("AccessControlList").path("owner")).isEqualTo(acl.path("owner"));
        assertThat(bucket.tags()).containsEntry("rudolph", "rabbit").containsEntry("platform", "tyre");
        assertThat(ours.has("BucketLifecycleConfiguration")).as("404: no lifecycle rules").isFalse();
    }

    @Test
    void bucketsNeedAnAccountFromTheDataOrTheRequest() {
        RecordedResponses recording = RecordedResponses.read(Recordings.ROOT.resolve("test_s3_check_public_block"));

        assertThatThrownBy(() -> new RecordingNormalizer().normalize(recording, RecordingContext.of(null, null)))
                .isInstanceOf(InvalidRecordingException.class).hasMessageContaining("accountId")
                .hasMessageContaining("AWS::S3::Bucket");
    }

    private static JsonNode configItem() {
        JsonNode message = RecordedResponses.read(Recordings.ROOT.resolve("test_s3_normalize"))
                .calls("sqs", "ReceiveMessage").get(3).data().path("Messages").path(0).path("Body");
        JsonNode body = PolicyDocuments.parse(message.asText());
        return PolicyDocuments.parse(body.path("Message").asText()).path("configurationItem");
    }
}
