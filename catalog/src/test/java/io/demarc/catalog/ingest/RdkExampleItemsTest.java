package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.contracts.ConfigurationItem;

/** Every sample item of awslabs/aws-config-rdk, one per resource type, through the parser. */
class RdkExampleItemsTest {

    /** Not valid JSON upstream: a missing comma, and a raw line break inside a string. */
    static final Set<String> NOT_JSON = Set.of("AWS_EC2_NetworkInterface.json",
            "AWS_SSM_ManagedInstanceInventory_Linux.json");
    /** Valid JSON, but with an account id that is not 12 digits (and, for ACM, a Python repr as capture time). */
    static final Set<String> INVALID_ITEMS = Set.of("AWS_ACM_Certificate.json", "AWS_CLOUDFRONT_DISTRIBUTION.json");
    static final Set<String> WRAPPED_IN_ARRAY = Set.of("AWS_LAMBDA_FUNCTION.json", "AWS_Shield_Protection.json",
            "AWS_ShieldRegional_Protection.json");

    final ConfigurationItemParser parser = new ConfigurationItemParser();
    final ObjectMapper json = new ObjectMapper();

    static Stream<Path> files() {
        return ReferenceData.jsonFiles(ReferenceData.RDK_EXAMPLES).stream();
    }

    @Test
    void theFolderHoldsEightyTypes() {
        assertThat(files()).hasSize(80);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyValidSampleBecomesOneItem(Path file) throws Exception {
        String name = file.getFileName().toString();
        if (NOT_JSON.contains(name) || INVALID_ITEMS.contains(name)) {
            return;
        }
        List<ConfigurationItem> items = parser.parse(ReferenceData.bytes(file));

        assertThat(items).hasSize(1);
        ConfigurationItem item = items.get(0);
        JsonNode raw = rawItem(file);
        assertThat(item.resourceType()).isEqualTo(raw.get("resourceType").asText())
                .isIn(ResourceTypes.known());
        assertThat(item.resourceId()).isEqualTo(raw.get("resourceId").asText());
        assertThat(item.accountId()).matches("\\d{12}");
        assertThat(item.configurationItemCaptureTime()).isNotNull();
        assertThat(item.configuration() == null || item.configuration().isContainerNode()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void samplesThatAreNotJsonAreReportedAsSuch(Path file) {
        if (!NOT_JSON.contains(file.getFileName().toString())) {
            return;
        }
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class,
                () -> parser.parse(ReferenceData.bytes(file)));

        assertThat(error.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.item()).isNull();
            assertThat(problem.message()).startsWith("the import is not valid JSON (line ").doesNotContain("REDACTED");
        });
    }

    @Test
    void aThirteenDigitAccountAndAPythonReprTimeAreBothNamed() {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class,
                () -> parser
                        .parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve("AWS_ACM_Certificate.json"))));

        assertThat(error.problems()).extracting(ImportProblem::item, ImportProblem::field).containsExactly(
                tuple(0, "accountId"),
                tuple(0, "configurationItemCaptureTime"));
        assertThat(error.getMessage()).contains("item 0, accountId: must be an AWS account id of 12 digits,"
                + " got \"1236456789012\"").contains("datetime.datetime(2020");
    }

    @Test
    void anElevenDigitAwsAccountIdIsNamedByTheFieldItCameIn() {
        InvalidImportException error = catchThrowableOfType(InvalidImportException.class, () -> parser
                .parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve("AWS_CLOUDFRONT_DISTRIBUTION.json"))));

        assertThat(error.problems()).containsExactly(new ImportProblem(0, "awsAccountId",
                "must be an AWS account id of 12 digits, got \"12345678912\""));
    }

    @Test
    void itemsWrappedInAnArrayAreRead() {
        for (String name : WRAPPED_IN_ARRAY) {
            List<ConfigurationItem> items = parser.parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve(name)));

            assertThat(items).as(name).hasSize(1);
        }
    }

    @Test
    void readsTheApiShapeWithUpperCaseArnAndNumericStateId() {
        ConfigurationItem bucket = parser
                .parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve("AWS_S3_Bucket.json"))).get(0);

        assertThat(bucket.accountId()).isEqualTo("934654633380");
        assertThat(bucket.arn()).isEqualTo("arn:aws:s3:::mborch-test-bucket-config-item");
        assertThat(bucket.configurationStateId()).isEqualTo("1549956556288");
        assertThat(bucket.awsRegion()).isEqualTo("us-east-1");
    }

    @Test
    void takesTheRegionFromTheArnWhenTheItemSaysNotApplicable() {
        ConfigurationItem gateway = parser
                .parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve("AWS_EC2_CustomerGateway.json"))).get(0);

        assertThat(gateway.awsRegion()).isEqualTo("us-east-1");
    }

    @Test
    void readsTheNotificationsAmongTheSamples() {
        ConfigurationItem inventory = parser.parse(ReferenceData.bytes(
                ReferenceData.RDK_EXAMPLES.resolve("AWS_SSM_ManagedInstanceInventory_Windows.json"))).get(0);

        assertThat(inventory.resourceType()).isEqualTo("AWS::SSM::ManagedInstanceInventory");
        assertThat(inventory.configuration().isObject()).isTrue();
    }

    private JsonNode rawItem(Path file) throws Exception {
        JsonNode raw = json.readTree(file.toFile());
        if (raw.isArray()) {
            return raw.get(0);
        }
        return raw.has("configurationItem") ? raw.get("configurationItem") : raw;
    }
}
