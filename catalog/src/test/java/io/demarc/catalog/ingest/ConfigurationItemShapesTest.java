package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.demarc.contracts.ConfigurationItem;

/** The other shapes AWS delivers items in: AWS Config developer guide examples, Cloud Custodian tests and recordings. */
class ConfigurationItemShapesTest {

    final ConfigurationItemParser parser = new ConfigurationItemParser();

    @Test
    void readsAConfigurationSnapshot() {
        List<ConfigurationItem> items = parser
                .parse(ReferenceData.configItems("c7n-tests-data/config__rds-cluster.json"));

        assertThat(items).singleElement().satisfies(cluster -> {
            assertThat(cluster.resourceType()).isEqualTo("AWS::RDS::DBCluster");
            assertThat(cluster.configurationItemCaptureTime()).isEqualTo(Instant.parse("2020-11-02T08:28:12.399Z"));
            assertThat(cluster.configuration().isObject()).isTrue();
        });
    }

    @Test
    void namesEveryItemOfAV1SnapshotWhoseAccountIdIsTooShort() {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class,
                () -> parser.parse(
                        ReferenceData.configItems("awsdocs-config-developer-guide/deliver-snapshot-cli_2.json")));

        assertThat(error.problems()).extracting(ImportProblem::item, ImportProblem::field)
                .containsExactly(tuple(0, "accountId"), tuple(1, "accountId"));
    }

    @Test
    void readsAV1NotificationInAnSnsMessage() {
        ConfigurationItem volume = parser
                .parse(ReferenceData.configItems("awsdocs-config-developer-guide/example-sns-notification_1.json"))
                .get(0);

        assertThat(volume.resourceType()).as("upper-case v1.0 type in today's spelling").isEqualTo("AWS::EC2::Volume");
        assertThat(volume.configurationStateId()).isEqualTo("3e660fdf-4e34-4f32-afeb-0ace5bf3d63a");
        assertThat(volume.awsRegion()).as("from the availability zone").isEqualTo("us-west-2");
        assertThat(volume.accountId()).isEqualTo("123456789012");
        assertThat(volume.configurationItemCaptureTime()).isEqualTo(Instant.parse("2014-03-07T23:47:08.918Z"));
    }

    @Test
    void readsChangeNotificationsInSnsMessages() {
        ConfigurationItem instance = parser
                .parse(ReferenceData.configItems("awsdocs-config-developer-guide/example-sns-notification_2.json"))
                .get(0);
        ConfigurationItem group = parser
                .parse(ReferenceData.configItems("awsdocs-config-developer-guide/example-sns-notification_3.json"))
                .get(0);

        assertThat(instance.resourceId()).isEqualTo("i-007d374c8912e3e90");
        assertThat(instance.configurationStateId()).isEqualTo("1484002214328");
        assertThat(group.resourceType()).isEqualTo("AWS::EC2::SecurityGroup");
        assertThat(group.configurationItemStatus()).isEqualTo("ResourceDiscovered");
    }

    @Test
    void readsADeletionNotification() {
        String notification = "c7n-placebo-config-api/test_s3_normalize__sqs.ReceiveMessage_3"
                + "__extracted_ConfigurationItemChangeNotification.json";

        ConfigurationItem bucket = parser.parse(ReferenceData.configItems(notification)).get(0);

        assertThat(bucket.isDeletion()).isTrue();
        assertThat(bucket.configuration()).isNull();
        assertThat(bucket.accountId()).isEqualTo("644160558196");
    }

    @Test
    void readsTheItemOfAChangeTriggeredRuleInvocation() {
        ConfigurationItem instance = parser.parse(
                ReferenceData.configItems(
                        "awsdocs-config-developer-guide/evaluate-config_develop-rules_example-events_1.json"))
                .get(0);
        ConfigurationItem group = parser
                .parse(ReferenceData.configItems("c7n-tests-data/cwe__event-config-rule-security-group.json")).get(0);

        assertThat(instance.resourceId()).isEqualTo("i-00000000");
        assertThat(instance.tags()).containsEntry("Foo", "Bar");
        assertThat(group.configuration().path("ipPermissions").get(0).path("fromPort").asInt()).isEqualTo(22);
    }

    @Test
    void refusesMessagesWithoutAnItemByName() {
        assertRefused("awsdocs-config-developer-guide/evaluate-config_develop-rules_example-events_2.json",
                "OversizedConfigurationItemChangeNotification carries only a summary");
        assertRefused("awsdocs-config-developer-guide/evaluate-config_develop-rules_example-events_3.json",
                "'ScheduledNotification' carries no configuration item");
        assertRefused("awsdocs-config-developer-guide/example-config-rule-compliance-notification_1.json",
                "'ComplianceChangeNotification' carries no configuration item");
        assertRefused("awsdocs-config-developer-guide/example-configuration-snapshot-notification_1.json",
                "'ConfigurationSnapshotDeliveryCompleted' carries no configuration item");
        assertRefused("c7n-tests-data/config__event-cloudsearch.json",
                "EventBridge event of type 'AWS API Call via CloudTrail' carries no configuration item");
    }

    @Test
    void readsApiItemsWithConfigurationAsJsonTextAndOffsetTimes() {
        ConfigurationItem bucket = parser.parse(ReferenceData.configItems("c7n-tests-data/config__s3.json")).get(0);

        assertThat(bucket.configurationItemCaptureTime()).isEqualTo(Instant.parse("2017-02-04T11:10:33.880Z"));
        assertThat(bucket.configuration().path("name").asText()).isEqualTo("config-rule-sanity");
        assertThat(bucket.supplementaryConfiguration().path("BucketVersioningConfiguration").path("status").asText())
                .isEqualTo("Off");
        assertThat(bucket.supplementaryConfiguration().path("AccessControlList").path("owner").isObject())
                .as("JSON text inside JSON text").isTrue();
        assertThat(bucket.supplementaryConfiguration().path("IsRequesterPaysEnabled").isBoolean()).isTrue();
    }

    @Test
    void readsEpochSecondsWithAFraction() {
        ConfigurationItem bucket = parser.parse(ReferenceData.configItems("c7n-tests-data/config__s3-lifecycle.json"))
                .get(0);

        assertThat(bucket.configurationItemCaptureTime()).isEqualTo(Instant.parse("2017-08-12T04:02:36.116Z"));
    }

    @Test
    void readsBatchGetResourceConfigButRefusesAPlaceholderAccountAndACustomType() {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class,
                () -> parser
                        .parse(ReferenceData.configItems("awsdocs-config-developer-guide/customresources-cli_5.json")));

        assertThat(error.problems()).extracting(ImportProblem::item, ImportProblem::field)
                .containsExactly(tuple(0, "accountId"), tuple(0, "resourceType"));
    }

    @Test
    void readsGetResourceConfigHistoryPages() throws Exception {
        byte[] page = PlaceboRecordings.wireFormat(ReferenceData.CONFIG_ITEMS
                .resolve("c7n-placebo-config-api/test_sg_config_diff__config.GetResourceConfigHistory_1.json"));

        List<ConfigurationItem> items = parser.parse(page);

        assertThat(items).hasSize(2).allSatisfy(group -> {
            assertThat(group.resourceId()).isEqualTo("sg-a38ed1de");
            assertThat(group.configuration().path("groupId").asText()).isEqualTo("sg-a38ed1de");
        });
        assertThat(items.get(0).configurationItemCaptureTime()).isEqualTo(Instant.parse("2016-12-11T06:04:03.800Z"));
    }

    @Test
    void namesTheFieldsASelectResourceConfigResultLacks() throws Exception {
        byte[] results = PlaceboRecordings.wireFormat(ReferenceData.CONFIG_ITEMS
                .resolve("c7n-placebo-config-api/test_kms_config_source__config.SelectResourceConfig_1.json"));

        InvalidImportException error = catchThrowableOfType(InvalidImportException.class, () -> parser.parse(results));

        assertThat(error.problems()).extracting(ImportProblem::field).containsExactly("accountId", "resourceType",
                "configurationItemCaptureTime");
    }

    static Stream<Path> everyOtherFile() {
        try (Stream<Path> files = Files.walk(ReferenceData.CONFIG_ITEMS)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> !file.startsWith(ReferenceData.RDK_EXAMPLES)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyOtherFile")
    void everyFileEitherParsesOrIsRefusedWithProblems(Path file) {
        try {
            assertThat(parser.parse(ReferenceData.bytes(file))).doesNotContainNull();
        } catch (InvalidImportException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> assertThat(problem.message()).isNotBlank());
        }
    }

    private void assertRefused(String file, String message) {
        assertThatThrownBy(() -> parser.parse(ReferenceData.configItems(file)))
                .isInstanceOf(InvalidImportException.class).hasMessageContaining(message);
    }
}
