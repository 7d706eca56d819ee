package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.TextNode;

import io.demarc.contracts.ConfigurationItem;

/** The parser's rules, one at a time, on small hand-made items. */
class ConfigurationItemParserTest {

    static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");

    final ConfigurationItemParser parser = new ConfigurationItemParser(10, Clock.fixed(NOW, ZoneOffset.UTC));

    static String item(String captureTime) {
        return """
                {"accountId": "123456789012", "awsRegion": "eu-west-1", "resourceType": "AWS::S3::Bucket",
                 "resourceId": "logs", "configurationItemCaptureTime": %s, "configuration": {"name": "logs"}}
                """.formatted(captureTime);
    }

    @Test
    void readsASingleItem() {
        ConfigurationItem item = parser.parse(item("\"2024-05-01T10:00:00.123Z\"")).get(0);

        assertThat(item.accountId()).isEqualTo("123456789012");
        assertThat(item.configurationItemCaptureTime()).isEqualTo(Instant.parse("2024-05-01T10:00:00.123Z"));
        assertThat(item.tags()).isEmpty();
        assertThat(item.configuration().path("name").asText()).isEqualTo("logs");
    }

    @Test
    void decodesABucketPolicyGivenAsJsonTextSoControlsReadItsStatements() {
        String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":\\\"Deny\\\",\\\"Principal\\\":\\\"*\\\","
                + "\\\"Action\\\":\\\"s3:*\\\",\\\"Condition\\\":{\\\"Bool\\\":{\\\"aws:SecureTransport\\\":\\\"false\\\"}}}]}";
        String json = """
                {"accountId": "123456789012", "awsRegion": "eu-west-1", "resourceType": "AWS::S3::Bucket",
                 "resourceId": "logs", "configurationItemCaptureTime": "2024-05-01T10:00:00Z",
                 "configuration": {"name": "logs"},
                 "supplementaryConfiguration": {"BucketPolicy": {"policyText": "%s"}, "Unreadable": "not json"}}
                """.formatted(policy);

        ConfigurationItem item = parser.parse(json).get(0);

        var statement = item.supplementaryConfiguration().path("BucketPolicy").path("policyText").path("Statement")
                .path(0);
        assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
        assertThat(statement.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        assertThat(item.supplementaryConfiguration().path("Unreadable").asText()).isEqualTo("not json");
    }

    @Test
    void readsCaptureTimesAsEpochSecondsOrMilliseconds() {
        assertThat(parser.parse(item("1714557600.5")).get(0).configurationItemCaptureTime())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00.500Z"));
        assertThat(parser.parse(item("1714557600500")).get(0).configurationItemCaptureTime())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00.500Z"));
        assertThat(parser.parse(item("\"1714557600500\"")).get(0).configurationItemCaptureTime())
                .isEqualTo(Instant.parse("2024-05-01T10:00:00.500Z"));
    }

    @Test
    void keepsCaptureTimesToTheMicrosecond() {
        assertThat(parser.parse(item("\"2024-05-01T10:00:00.123456789+02:00\"")).get(0)
                .configurationItemCaptureTime()).isEqualTo(Instant.parse("2024-05-01T08:00:00.123456Z"));
    }

    @Test
    void refusesCaptureTimesWithoutZoneOrFromTheFuture() {
        assertProblem(item("\"2024-05-01T10:00:00\""), 0, "configurationItemCaptureTime",
                "must be an ISO-8601 time with a zone");
        assertProblem(item("\"2025-01-02T00:00:00Z\""), 0, "configurationItemCaptureTime", "lies in the future");
        assertProblem(item("true"), 0, "configurationItemCaptureTime", "must be an ISO-8601 time or an epoch number");
    }

    @Test
    void namesEveryMissingRequiredFieldOfEveryItem() {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class, () -> parser.parse("""
                [%s, {"resourceType": "AWS::S3::Bucket"}, 42]
                """.formatted(item("\"2024-05-01T10:00:00Z\""))));

        assertThat(error.problems()).extracting(ImportProblem::item, ImportProblem::field).containsExactly(
                tuple(1, "accountId"), tuple(1, "resourceId"), tuple(1, "configurationItemCaptureTime"),
                tuple(2, null));
        assertThat(error.getMessage()).startsWith("item 1, accountId: is missing (also looked for awsAccountId)");
    }

    @Test
    void refusesMalformedResourceTypesButKeepsUnknownUpperCaseTypes() {
        assertProblem(item("0").replace("AWS::S3::Bucket", "S3 bucket"), 0, "resourceType",
                "must look like AWS::Service::Type, got \"S3 bucket\"");

        assertThat(parser.parse(item("0").replace("AWS::S3::Bucket", "AWS::EC2::VOLUME")).get(0).resourceType())
                .isEqualTo("AWS::EC2::Volume");
        assertThat(parser.parse(item("0").replace("AWS::S3::Bucket", "AWS::FOO::BAR")).get(0).resourceType())
                .isEqualTo("AWS::FOO::BAR");
    }

    @Test
    void readsV1FieldNamesAndStatusWords() {
        ConfigurationItem item = parser.parse("""
                {"accountId": "123456789012", "resourceType": "AWS::EC2::INSTANCE", "resourceId": "i-1",
                 "configurationItemCaptureTime": "2014-03-07T23:47:09.523Z", "configurationStateID": "abc",
                 "configurationItemStatus": "Deleted", "availabilityZone": "us-west-2b"}
                """).get(0);

        assertThat(item.resourceType()).isEqualTo("AWS::EC2::Instance");
        assertThat(item.configurationStateId()).isEqualTo("abc");
        assertThat(item.isDeletion()).isTrue();
        assertThat(item.awsRegion()).isEqualTo("us-west-2");
    }

    @Test
    void readsTagsGivenAsAKeyValueArray() {
        ConfigurationItem item = parser.parse(item("0").replace("\"configuration\"",
                "\"tags\": [{\"key\": \"env\", \"value\": \"prod\"}, {\"Key\": \"team\", \"Value\": null}],"
                        + " \"configuration\""))
                .get(0);

        assertThat(item.tags()).containsExactly(Map.entry("env", "prod"), Map.entry("team", ""));
    }

    @Test
    void refusesAConfigurationStringThatIsNotJson() {
        assertProblem(item("0").replace("{\"name\": \"logs\"}", "\"{name: logs\""), 0, "configuration",
                "is a string but not valid JSON");
    }

    @Test
    void refusesEmptyInputAndTextThatIsNotJson() {
        assertImportProblem("", "the import is empty");
        assertImportProblem(" \n\t", "the import is empty");
        assertImportProblem("{\"accountId\": ", "the import is not valid JSON (line 1, column");
        assertImportProblem(item("0") + " trailing", "the import is not valid JSON");
        assertImportProblem("{\"resourceId\": \"a\", \"resourceId\": \"b\"}", "Duplicate field 'resourceId'");
        assertImportProblem("\"just a string\"", "expected a JSON object or array, got a string");
        assertImportProblem("{\"hello\": \"world\"}", "neither a configuration item nor a list");
        assertImportProblem("{\"configurationItems\": {}}", "'configurationItems' must be an array");
    }

    @Test
    void refusesMoreItemsThanAllowed() {
        String eleven = IntStream.range(0, 11).mapToObj(i -> item("0")).collect(Collectors.joining(",", "[", "]"));

        assertImportProblem(eleven, "the import holds 11 configuration items, more than the 10 allowed at once");
    }

    @Test
    void acceptsAnEmptySnapshot() {
        assertThat(parser.parse("{\"configurationItems\": []}")).isEmpty();
    }

    @Test
    void readsItemsGivenAsJsonText() {
        List<ConfigurationItem> items = parser
                .parse("{\"Results\": [" + TextNode.valueOf(item("0")) + "]}");

        assertThat(items).singleElement().extracting(ConfigurationItem::resourceId).isEqualTo("logs");
    }

    private void assertProblem(String json, Integer item, String field, String message) {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class, () -> parser.parse(json));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.item()).isEqualTo(item);
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(message);
        });
    }

    private void assertImportProblem(String json, String message) {
        assertThatThrownBy(() -> parser.parse(json)).isInstanceOfSatisfying(InvalidImportException.class,
                error -> assertThat(error.problems()).singleElement().satisfies(problem -> {
                    assertThat(problem.item()).isNull();
                    assertThat(problem.message()).contains(message);
                }));
    }
}
