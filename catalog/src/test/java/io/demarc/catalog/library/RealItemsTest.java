package io.demarc.catalog.library;

import static io.demarc.catalog.library.Library.realItemsIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.testdata.SharedData;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * The library on real AWS Config items from the shared data, read by the production parser. Where Cloud Custodian
 * judged the same item, its verdict is the oracle; elsewhere the expected verdicts are read off the item by hand.
 */
class RealItemsTest {

    /** Cloud Custodian's filter (a match means non-compliant) and the control that asks the same question. */
    static final Map<String, String> ORACLE = Map.of(
            "Versioning.Status != Enabled", "s3-bucket-versioning",
            "Logging empty (no access logging)", "s3-bucket-access-logging",
            "StorageEncrypted == false", "rds-instance-storage-encrypted",
            "PubliclyAccessible == true", "rds-instance-not-public",
            "BackupRetentionPeriod < 7", "rds-instance-backup-retention",
            "MetadataOptions.HttpTokens != required", "ec2-instance-imdsv2-required",
            "ingress Ports[3389] Cidr 0.0.0.0/0", "ec2-sg-rdp-open-world");

    @Test
    void agreesWithCloudCustodian() {
        JsonNode summary = SharedData
                .read(SharedData.CONFIG_ITEMS.resolve("c7n-tests-data/c7n-normalized/SUMMARY.json"));
        int compared = 0;
        for (JsonNode entry : summary) {
            var matches = entry.path("c7n_filter_matches");
            for (var filter : ORACLE.entrySet()) {
                if (!matches.has(filter.getKey())) {
                    continue;
                }
                FindingStatus expected = matches.get(filter.getKey()).booleanValue()
                        ? FindingStatus.FAIL
                        : FindingStatus.PASS;
                List<ConfigurationItem> items = realItemsIn("c7n-tests-data/" + entry.get("file").asText()).stream()
                        .filter(item -> item.resourceId().equals(entry.get("resourceId").asText())).toList();
                assertThat(items).as(entry.get("file").asText()).isNotEmpty();
                for (ConfigurationItem item : items) {
                    assertThat(Library.status(filter.getValue(), item))
                            .as("%s on %s", filter.getValue(), entry.get("file").asText()).isEqualTo(expected);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{1} on {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            AWS_S3_Bucket.json                    | s3-bucket-tls-only                    | PASS
            AWS_S3_Bucket.json                    | s3-bucket-versioning                  | PASS
            AWS_S3_Bucket.json                    | s3-bucket-mfa-delete                  | FAIL
            AWS_S3_Bucket.json                    | s3-bucket-public-access-block         | FAIL
            AWS_S3_Bucket.json                    | s3-bucket-access-logging              | FAIL
            AWS_S3_Bucket.json                    | s3-bucket-acl-no-public-write         | PASS
            AWS_S3_AccountPublicAccessBlock.json  | s3-account-public-access-block        | PASS
            AWS_EC2_Instance.json                 | ec2-instance-imdsv2-required          | FAIL
            AWS_EC2_Instance.json                 | ec2-instance-no-public-ip             | FAIL
            AWS_EC2_Instance.json                 | ec2-instance-profile-attached         | FAIL
            AWS_EC2_Volume.json                   | ec2-ebs-volume-encrypted              | PASS
            AWS_EC2_NetworkAcl.json               | ec2-nacl-admin-ports-open-world       | FAIL
            AWS_EC2_Subnet.json                   | ec2-subnet-no-auto-public-ip          | FAIL
            AWS_EC2_SecurityGroup.json            | ec2-sg-all-ports-open-world           | PASS
            AWS_RDS_DBInstance.json               | rds-instance-storage-encrypted        | PASS
            AWS_RDS_DBInstance.json               | rds-instance-not-public               | FAIL
            AWS_RDS_DBInstance.json               | rds-instance-backup-retention         | PASS
            AWS_RDS_DBInstance.json               | rds-instance-multi-az                 | PASS
            AWS_RDS_DBInstance.json               | rds-instance-auto-minor-upgrade       | PASS
            AWS_RDS_DBInstance.json               | rds-instance-enhanced-monitoring      | PASS
            AWS_RDS_DBInstance.json               | rds-instance-copy-tags-to-snapshots   | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-storage-encrypted         | PASS
            AWS_RDS_DBCluster.json                | rds-cluster-deletion-protection       | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-multi-az                  | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-auto-minor-upgrade        | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-backup-retention          | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-iam-authentication        | FAIL
            AWS_RDS_DBCluster.json                | rds-cluster-copy-tags-to-snapshots    | PASS
            AWS_RDS_DBCluster.json                | rds-cluster-log-exports               | FAIL
            AWS_EC2_Instance.json                 | ec2-instance-not-paravirtual          | PASS
            AWS_EC2_Instance.json                 | ec2-instance-single-eni               | PASS
            AWS_RDS_DBSnapshot.json               | rds-snapshot-encrypted                | PASS
            AWS_Cloudtrail_Trail.json             | cloudtrail-trail-multi-region         | PASS
            AWS_Cloudtrail_Trail.json             | cloudtrail-trail-log-file-validation  | PASS
            AWS_Cloudtrail_Trail.json             | cloudtrail-trail-kms-encrypted        | FAIL
            AWS_Cloudtrail_Trail.json             | cloudtrail-trail-cloudwatch-logs      | FAIL
            AWS_KMS_Key.json                      | kms-key-rotation-enabled              | NOT_APPLICABLE
            AWS_KMS_Key.json                      | kms-key-not-public                    | NOT_APPLICABLE
            AWS_EKS_Cluster.json                  | eks-cluster-endpoint-not-public       | FAIL
            AWS_EKS_Cluster.json                  | eks-cluster-secrets-encrypted         | FAIL
            AWS_EKS_Cluster.json                  | eks-cluster-control-plane-logging     | FAIL
            AWS_LAMBDA_FUNCTION.json              | lambda-function-supported-runtime     | FAIL
            AWS_LAMBDA_FUNCTION.json              | lambda-function-in-vpc                | PASS
            AWS_LAMBDA_FUNCTION.json              | lambda-function-not-public            | PASS
            AWS_LAMBDA_FUNCTION.json              | lambda-function-no-secrets-in-environment | PASS
            AWS_IAM_Policy.json                   | iam-policy-no-admin                   | PASS
            AWS_IAM_User.json                     | iam-principal-no-administrator-access | FAIL
            AWS_IAM_User.json                     | iam-principal-no-inline-admin         | PASS
            AWS_IAM_User.json                     | iam-user-no-direct-policies           | FAIL
            AWS_IAM_Group.json                    | iam-principal-no-administrator-access | FAIL
            AWS_IAM_Role.json                     | iam-principal-no-administrator-access | PASS
            AWS_IAM_Role.json                     | iam-principal-no-inline-admin         | PASS
            """)
    void judgesTheRdkSampleItems(String file, String controlId, FindingStatus expected) {
        List<ConfigurationItem> items = realItemsIn("aws-config-rdk-example_ci/" + file);

        assertThat(items).hasSize(1);
        assertThat(Library.status(controlId, items.get(0))).isEqualTo(expected);
    }

    @Test
    void theEksClusterFromTheConfigApiFailsOnItsDefaults() {
        // GetResourceConfigHistory of 2021: no endpoint access, encryption or logging recorded, i.e. EKS's defaults.
        // Its capture time is a recorded Python datetime, which only the test-data reader understands.
        List<ConfigurationItem> clusters = SharedData.itemsOfType("AWS::EKS::Cluster").stream()
                .map(SharedData.Found::item).toList();

        assertThat(clusters).extracting(ConfigurationItem::resourceId).contains("kapil-dev");
        for (ConfigurationItem cluster : clusters) {
            assertThat(Library.status("eks-cluster-endpoint-not-public", cluster)).isEqualTo(FindingStatus.FAIL);
            assertThat(Library.status("eks-cluster-secrets-encrypted", cluster)).isEqualTo(FindingStatus.FAIL);
            assertThat(Library.status("eks-cluster-control-plane-logging", cluster)).isEqualTo(FindingStatus.FAIL);
        }
    }

    @Test
    void everyRealItemOfACoveredTypeIsDecidedWithoutError() {
        int evaluated = 0;
        for (String type : Library.LIBRARY.controls().stream().flatMap(c -> c.resourceTypes().stream()).distinct()
                .toList()) {
            for (ConfigurationItem item : Library.realItems(type)) {
                for (Control control : Library.LIBRARY.controls()) {
                    if (control.appliesTo(item.resourceType())) {
                        Library.status(control.id(), item);
                        evaluated++;
                    }
                }
            }
        }
        assertThat(evaluated).isGreaterThan(100);
    }
}
