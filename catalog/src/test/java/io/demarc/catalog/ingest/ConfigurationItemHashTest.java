package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.engine.PreparedItem;
import io.demarc.contracts.ConfigurationItem;

class ConfigurationItemHashTest {

    final ConfigurationItemParser parser = new ConfigurationItemParser();

    @Test
    void theSameItemHashesTheSameWhateverItsKeyOrder() {
        String a = """
                {"accountId": "123456789012", "resourceType": "AWS::S3::Bucket", "resourceId": "logs",
                 "configurationItemCaptureTime": "2024-05-01T10:00:00Z", "configuration": {"a": 1, "b": {"c": [1, 2]}}}
                """;
        String b = """
                {"configuration": {"b": {"c": [1, 2]}, "a": 1}, "configurationItemCaptureTime": 1714557600,
                 "resourceId": "logs", "awsAccountId": "123456789012", "resourceType": "AWS::S3::Bucket"}
                """;

        assertThat(ConfigurationItemHash.sha256(parser.parse(a).get(0)))
                .isEqualTo(ConfigurationItemHash.sha256(parser.parse(b).get(0))).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void equalsTheHashEvidenceRecordsForTheItem() {
        ConfigurationItem item = parser.parse(ReferenceData.bytes(ReferenceData.RDK_EXAMPLES.resolve(
                "AWS_EC2_SecurityGroup.json"))).get(0);

        assertThat(ConfigurationItemHash.sha256(item)).isEqualTo(PreparedItem.of(item).sha256());
    }

    @Test
    void anyChangeChangesTheHash() {
        String item = """
                {"accountId": "123456789012", "resourceType": "AWS::S3::Bucket", "resourceId": "logs",
                 "configurationItemCaptureTime": "2024-05-01T10:00:00Z", "configuration": {"c": [1, 2]}}
                """;

        assertThat(ConfigurationItemHash.sha256(parser.parse(item).get(0)))
                .isNotEqualTo(ConfigurationItemHash.sha256(parser.parse(item.replace("[1, 2]", "[2, 1]")).get(0)));
    }
}
