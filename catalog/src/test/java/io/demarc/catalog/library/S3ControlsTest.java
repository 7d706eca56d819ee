package io.demarc.catalog.library;

import static io.demarc.catalog.library.Library.item;
import static io.demarc.catalog.library.Library.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.testdata.Items;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/** The S3 controls on hand-made bucket items, in the shapes the ingest parser produces. */
class S3ControlsTest {

    static final String BUCKET = "AWS::S3::Bucket";

    @ParameterizedTest(name = "{0}: {4} for {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            s3-bucket-public-access-block  | AWS::S3::Bucket | {'name':'b'} | {'PublicAccessBlockConfiguration':{'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true}} | PASS
            s3-bucket-public-access-block  | AWS::S3::Bucket | {'name':'b'} | {'PublicAccessBlockConfiguration':{'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':false,'restrictPublicBuckets':true}} | FAIL
            s3-bucket-public-access-block  | AWS::S3::Bucket | {'name':'b'} | {'BucketPolicy':{'policyText':null}} | FAIL
            s3-bucket-public-access-block  | AWS::S3::Bucket | {'name':'b'} |  | FAIL
            s3-bucket-default-encryption   | AWS::S3::Bucket | {'name':'b'} | {'ServerSideEncryptionConfiguration':{'rules':[{'applyServerSideEncryptionByDefault':{'sseAlgorithm':'AES256'},'bucketKeyEnabled':false}]}} | PASS
            s3-bucket-default-encryption   | AWS::S3::Bucket | {'name':'b'} | {'ServerSideEncryptionConfiguration':{'rules':[]}} | FAIL
            s3-bucket-default-encryption   | AWS::S3::Bucket | {'name':'b'} |  | FAIL
            s3-bucket-kms-encryption       | AWS::S3::Bucket | {'name':'b'} | {'ServerSideEncryptionConfiguration':{'rules':[{'applyServerSideEncryptionByDefault':{'sseAlgorithm':'aws:kms','kmsMasterKeyID':'arn:aws:kms:eu-west-1:123456789012:key/k'}}]}} | PASS
            s3-bucket-kms-encryption       | AWS::S3::Bucket | {'name':'b'} | {'ServerSideEncryptionConfiguration':{'rules':[{'applyServerSideEncryptionByDefault':{'sseAlgorithm':'AES256'}}]}} | FAIL
            s3-bucket-tls-only             | AWS::S3::Bucket | {'name':'b'} | {'BucketPolicy':{'policyText':null}} | FAIL
            s3-bucket-tls-only             | AWS::S3::Bucket | {'name':'b'} | {'BucketPolicy':{'policyText':{'Statement':[{'Effect':'Deny','Principal':'*','Action':'s3:*','Condition':{'Bool':{'aws:SecureTransport':'false'}}}]}}} | PASS
            s3-bucket-tls-only             | AWS::S3::Bucket | {'name':'b'} | {'BucketPolicy':{'policyText':{'Statement':{'Effect':'Deny','Principal':'*','Action':'s3:*','Condition':{'Bool':{'aws:securetransport':false}}}}}} | PASS
            s3-bucket-tls-only             | AWS::S3::Bucket | {'name':'b'} | {'BucketPolicy':{'policyText':{'Statement':[{'Effect':'Allow','Principal':'*','Action':'s3:GetObject','Condition':{'Bool':{'aws:SecureTransport':'true'}}}]}}} | FAIL
            s3-bucket-versioning           | AWS::S3::Bucket | {'name':'b'} | {'BucketVersioningConfiguration':{'status':'Enabled','isMfaDeleteEnabled':null}} | PASS
            s3-bucket-versioning           | AWS::S3::Bucket | {'name':'b'} | {'BucketVersioningConfiguration':{'status':'Suspended'}} | FAIL
            s3-bucket-versioning           | AWS::S3::Bucket | {'name':'b'} | {'BucketVersioningConfiguration':{'status':'Off','isMfaDeleteEnabled':null}} | FAIL
            s3-bucket-mfa-delete           | AWS::S3::Bucket | {'name':'b'} | {'BucketVersioningConfiguration':{'status':'Enabled','isMfaDeleteEnabled':true}} | PASS
            s3-bucket-mfa-delete           | AWS::S3::Bucket | {'name':'b'} | {'BucketVersioningConfiguration':{'status':'Enabled','isMfaDeleteEnabled':null}} | FAIL
            s3-bucket-access-logging       | AWS::S3::Bucket | {'name':'b'} | {'BucketLoggingConfiguration':{'destinationBucketName':'logs','logFilePrefix':'b/'}} | PASS
            s3-bucket-access-logging       | AWS::S3::Bucket | {'name':'b'} | {'BucketLoggingConfiguration':{'destinationBucketName':null,'logFilePrefix':null}} | FAIL
            s3-bucket-acl-no-public-write  | AWS::S3::Bucket | {'name':'b'} | {'AccessControlList':{'grantList':[{'grantee':{'id':'abc','displayName':null},'permission':'FullControl'},{'grantee':'AllUsers','permission':'Read'}]}} | PASS
            s3-bucket-acl-no-public-write  | AWS::S3::Bucket | {'name':'b'} | {'AccessControlList':{'grantList':[{'grantee':'AllUsers','permission':'Write'}]}} | FAIL
            s3-bucket-acl-no-public-write  | AWS::S3::Bucket | {'name':'b'} | {'AccessControlList':{'grantList':[{'grantee':{'uri':'http://acs.amazonaws.com/groups/global/AuthenticatedUsers'},'permission':'FULL_CONTROL'}]}} | FAIL
            s3-account-public-access-block | AWS::S3::AccountPublicAccessBlock | {'blockPublicAcls':true,'ignorePublicAcls':true,'blockPublicPolicy':true,'restrictPublicBuckets':true} | | PASS
            s3-account-public-access-block | AWS::S3::AccountPublicAccessBlock | {'blockPublicAcls':true,'ignorePublicAcls':false,'blockPublicPolicy':true,'restrictPublicBuckets':true} | | FAIL
            """)
    void decides(String controlId, String resourceType, String configuration, String supplementary,
            FindingStatus expected) {
        assertThat(status(controlId, item(resourceType, configuration, supplementary))).isEqualTo(expected);
    }

    /** AWS Config keeps the bucket policy as JSON text inside the decoded BucketPolicy object. */
    static ConfigurationItem bucketWithPolicyText(String policyText) {
        ObjectNode supplementary = JsonNodeFactory.instance.objectNode();
        supplementary.putObject("BucketPolicy").put("policyText", policyText);
        return new ConfigurationItem("123456789012", "eu-west-1", BUCKET, "b", "b", "arn:aws:s3:::b",
                Items.CAPTURED, "1", "OK", Map.of(),
                Items.json("{'name':'b'}"), supplementary);
    }

    @Test
    void readsATlsOnlyPolicyKeptAsText() {
        String policy = """
                {"Version": "2012-10-17", "Statement": [
                  {"Sid": "DenyPlainHttp", "Effect": "Deny", "Principal": "*", "Action": "s3:*",
                   "Resource": ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
                   "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}""";

        assertThat(status("s3-bucket-tls-only", bucketWithPolicyText(policy))).isEqualTo(FindingStatus.PASS);
    }

    @Test
    void aPolicyTextWithoutTheDenyFails() {
        String policy = """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},
                 "Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}""";
        String allowOnlyOverTls = policy.replace("\"Resource\"",
                "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}},\"Resource\"");

        assertThat(status("s3-bucket-tls-only", bucketWithPolicyText(policy))).isEqualTo(FindingStatus.FAIL);
        assertThat(status("s3-bucket-tls-only", bucketWithPolicyText(allowOnlyOverTls)))
                .isEqualTo(FindingStatus.FAIL);
    }

    /**
     * The control's fallback for policy text (a deny somewhere, SecureTransport false somewhere) would take this policy
     * for TLS-only, but the deny is about deletions and the SecureTransport condition sits on an Allow. The parser
     * decodes the text at ingest, so the statements are judged and the bucket fails.
     */
    @Test
    void judgesTheStatementsOfAPolicyTheParserDecoded() {
        String policy = """
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Deny","Principal":"*","Action":"s3:DeleteBucket","Resource":"arn:aws:s3:::b"},
                 {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*",
                  "Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}""";
        ObjectNode configItem = JsonNodeFactory.instance.objectNode().put("accountId", "123456789012")
                .put("awsRegion", "eu-west-1").put("resourceType", BUCKET).put("resourceId", "b")
                .put("configurationItemCaptureTime", "2024-05-01T10:00:00Z");
        configItem.putObject("configuration").put("name", "b");
        configItem.putObject("supplementaryConfiguration").putObject("BucketPolicy").put("policyText", policy);

        ConfigurationItem parsed = new ConfigurationItemParser().parse(configItem.toString()).get(0);

        assertThat(parsed.supplementaryConfiguration().path("BucketPolicy").path("policyText").isObject()).isTrue();
        assertThat(status("s3-bucket-tls-only", parsed)).isEqualTo(FindingStatus.FAIL);
    }

    @Test
    void evidenceShowsThePublicWriteGrant() {
        var evaluation = Library.evaluate("s3-bucket-acl-no-public-write", item(BUCKET, "{'name':'b'}",
                "{'AccessControlList':{'grantList':[{'grantee':'AllUsers','permission':'Write'},"
                        + "{'grantee':{'id':'abc'},'permission':'FullControl'}]}}"));

        assertThat(evaluation.evidence().observed()).hasSize(1);
        assertThat(evaluation.evidence().observed().get(0).get("permission").asText()).isEqualTo("Write");
    }
}
