package io.demarc.catalog.recordings;

import static io.demarc.catalog.recordings.Recordings.expectedIds;
import static io.demarc.catalog.recordings.Recordings.normalize;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.CelRuleEngine;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.FindingStatus;

/**
 * The shipped controls, written for AWS Config items, give on items normalized from recorded API calls the verdicts
 * Cloud Custodian gives on the same recordings (EXPECTED.json): one rule language for both sources.
 */
class SameControlsTest {

    private static final ControlLibrary LIBRARY = ControlLibrary.load();
    private static final CelRuleEngine ENGINE = new CelRuleEngine(LIBRARY);

    @Test
    void sshAndRdpOpenToTheWorldAsTheOracleSaysBeforeTheFix() {
        NormalizedRecording recording = normalize("test_only_ports_and_cidr_ingress");
        List<ConfigurationItem> before = recording.items().stream()
                .filter(item -> item.configurationStateId().equals("1")).toList();

        assertThat(failing("ec2-sg-ssh-open-world", before)).containsExactlyElementsOf(
                expectedIds("test_only_ports_and_cidr_ingress", "ingress Ports[22]"));
        assertThat(failing("ec2-sg-rdp-open-world", before)).containsExactlyElementsOf(
                expectedIds("test_only_ports_and_cidr_ingress", "ingress Ports[3389]"));
        assertThat(failing("ec2-sg-rdp-open-world", recording.latest())).as("after the fix").isEmpty();
    }

    @Test
    void unencryptedVolumesAndDatabasesAndPublicDatabases() {
        assertThat(failing("ec2-ebs-volume-encrypted", normalize("test_ebs_aws_managed_kms_keys").latest()))
                .containsExactlyElementsOf(expectedIds("test_ebs_aws_managed_kms_keys", "EBS volume Encrypted"));
        List<ConfigurationItem> databases = normalize("test_rds_kms_alias").latest();
        assertThat(failing("rds-instance-storage-encrypted", databases, ConfigurationItem::resourceName))
                .containsExactlyElementsOf(expectedIds("test_rds_kms_alias", "rds StorageEncrypted"));
        assertThat(failing("rds-instance-not-public", databases, ConfigurationItem::resourceName))
                .containsExactlyElementsOf(expectedIds("test_rds_kms_alias", "rds PubliclyAccessible"));
    }

    @Test
    void keyRotationTrailsAndRuntimes() {
        assertThat(failing("kms-key-rotation-enabled", normalize("test_key_rotation").latest())).isEmpty();
        assertThat(failing("cloudtrail-trail-multi-region", normalize("test_cloudtrail_is_shadow_or_not").latest()))
                .containsExactlyElementsOf(expectedIds("test_cloudtrail_is_shadow_or_not", "cloudtrail IsMultiRegion"));
        assertThat(failing("lambda-function-supported-runtime",
                normalize("test_lambda_iam_role_filter_by_role_name").latest())).containsExactlyElementsOf(
                        expectedIds("test_lambda_iam_role_filter_by_role_name", "lambda Runtime"));
    }

    @Test
    void bucketsWithoutAFullPublicAccessBlock() {
        assertThat(failing("s3-bucket-public-access-block", normalize("test_s3_check_public_block").latest()))
                .containsExactlyInAnyOrderElementsOf(expectedIds("test_s3_check_public_block", "check-public-block"));
    }

    /**
     * The allow-all document is read: the control, scoped like FSBP IAM.1 to attached policies, finds the recorded
     * (unattached) MyAdminPolicy not applicable, and fails it once attached.
     */
    @Test
    void adminPoliciesAndAdministratorAccess() {
        ConfigurationItem admin = normalize("test_iam_policy_allow_all").latest().stream()
                .filter(item -> expectedIds("test_iam_policy_allow_all", "iam-policy").contains(item.resourceName()))
                .findFirst().orElseThrow();
        assertThat(status("iam-policy-no-admin", admin)).isEqualTo(FindingStatus.NOT_APPLICABLE);
        ObjectNode attached = admin.configuration().deepCopy();
        attached.put("attachmentCount", 1);
        assertThat(status("iam-policy-no-admin", new ConfigurationItem(admin.accountId(), admin.awsRegion(),
                admin.resourceType(), admin.resourceId(), admin.resourceName(), admin.arn(),
                admin.configurationItemCaptureTime(), admin.configurationStateId(), admin.configurationItemStatus(),
                admin.tags(), attached, admin.supplementaryConfiguration()))).isEqualTo(FindingStatus.FAIL);

        assertThat(failing("iam-principal-no-administrator-access", normalize("test_iam_user_admin_policy").latest(),
                ConfigurationItem::resourceName)).containsExactlyElementsOf(
                        expectedIds("test_iam_user_admin_policy", "iam-user"));
    }

    private static FindingStatus status(String controlId, ConfigurationItem item) {
        return ENGINE.evaluate(control(controlId), PreparedItem.of(item)).status();
    }

    private static CompiledControl control(String controlId) {
        return LIBRARY.compiled().stream().filter(c -> c.control().id().equals(controlId)).findFirst()
                .orElseThrow(() -> new AssertionError("no control " + controlId));
    }

    private static List<String> failing(String controlId, List<ConfigurationItem> items) {
        return failing(controlId, items, ConfigurationItem::resourceId);
    }

    private static List<String> failing(String controlId, List<ConfigurationItem> items,
            Function<ConfigurationItem, String> name) {
        CompiledControl control = control(controlId);
        return items.stream().filter(item -> control.control().appliesTo(item.resourceType()))
                .filter(item -> {
                    var evaluation = ENGINE.evaluate(control, PreparedItem.of(item));
                    assertThat(evaluation.status()).as("%s on %s: %s", controlId, item.resourceId(),
                            evaluation.message()).isNotEqualTo(FindingStatus.ERROR);
                    return evaluation.status() == FindingStatus.FAIL;
                })
                .map(name).sorted().toList();
    }
}
