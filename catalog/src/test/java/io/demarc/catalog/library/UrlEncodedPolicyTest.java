package io.demarc.catalog.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * AWS Config keeps IAM policy documents URL-encoded, as IAM returns them. The parser decodes them, so the IAM controls
 * judge such items instead of finding them not applicable.
 */
class UrlEncodedPolicyTest {

    static ConfigurationItem policyItem(String document) {
        String encoded = URLEncoder.encode(document, StandardCharsets.UTF_8);
        return new ConfigurationItemParser().parse("""
                {"accountId": "111122223333", "awsRegion": "global", "resourceType": "AWS::IAM::Policy",
                 "resourceId": "ANPAEXAMPLE", "configurationItemCaptureTime": "2026-11-01T10:00:00Z",
                 "configuration": {"policyName": "ops", "attachmentCount": 1,
                   "policyVersionList": [{"document": "%s", "versionId": "v1", "isDefaultVersion": true}]}}
                """.formatted(encoded)).get(0);
    }

    @Test
    void decodesTheDocumentIntoJson() {
        ConfigurationItem item = policyItem("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");

        assertThat(item.configuration().at("/policyVersionList/0/document/Statement/0/Action").asText())
                .isEqualTo("s3:GetObject");
    }

    @Test
    void anEncodedAdministratorPolicyFails() {
        ConfigurationItem admin = policyItem("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"*\",\"Resource\":\"*\"}]}");

        assertThat(Library.evaluate("iam-policy-no-admin", admin).status()).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void anEncodedNarrowPolicyPasses() {
        ConfigurationItem narrow = policyItem("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":[\"s3:GetObject\"],\"Resource\":\"arn:aws:s3:::reports/*\"}]}");

        assertThat(Library.evaluate("iam-policy-no-admin", narrow).status()).isEqualTo(FindingStatus.PASS);
    }
}
