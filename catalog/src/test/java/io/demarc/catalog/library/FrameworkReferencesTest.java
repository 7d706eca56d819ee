package io.demarc.catalog.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.catalog.testdata.SharedData;

/**
 * The library's framework references are facts from the shared framework data (Prowler's mappings of its checks to
 * requirement ids), not opinions: each control names the Prowler check(s) asking the same question, and its
 * {@code cis-aws-3.0} and {@code aws-fsbp} ids must be exactly those of its checks.
 */
class FrameworkReferencesTest {

    static final Path FRAMEWORKS = SharedData.ROOT.resolve("frameworks");

    /** Control id to the Prowler checks that ask the same question; empty where Prowler has no such check. */
    static final Map<String, List<String>> SAME_QUESTION = Map.ofEntries(
            Map.entry("s3-bucket-public-access-block", List.of("s3_bucket_level_public_access_block")),
            Map.entry("s3-bucket-default-encryption", List.of("s3_bucket_default_encryption")),
            Map.entry("s3-bucket-kms-encryption", List.of("s3_bucket_kms_encryption")),
            Map.entry("s3-bucket-tls-only", List.of("s3_bucket_secure_transport_policy")),
            Map.entry("s3-bucket-versioning", List.of("s3_bucket_object_versioning")),
            Map.entry("s3-bucket-mfa-delete", List.of("s3_bucket_no_mfa_delete")),
            Map.entry("s3-bucket-access-logging", List.of("s3_bucket_server_access_logging_enabled")),
            Map.entry("s3-bucket-acl-no-public-write", List.of("s3_bucket_public_write_acl")),
            Map.entry("s3-account-public-access-block", List.of("s3_account_level_public_access_blocks")),
            Map.entry("ec2-nacl-admin-ports-open-world",
                    List.of("ec2_networkacl_allow_ingress_tcp_port_22", "ec2_networkacl_allow_ingress_tcp_port_3389")),
            Map.entry("ec2-subnet-no-auto-public-ip", List.of("vpc_subnet_no_public_ip_by_default")),
            Map.entry("ec2-ebs-volume-encrypted", List.of("ec2_ebs_volume_encryption")),
            Map.entry("rds-instance-storage-encrypted", List.of("rds_instance_storage_encrypted")),
            Map.entry("rds-instance-not-public", List.of("rds_instance_no_public_access")),
            Map.entry("rds-instance-backup-retention", List.of("rds_instance_backup_enabled")),
            Map.entry("rds-instance-multi-az", List.of("rds_instance_multi_az")),
            Map.entry("rds-instance-auto-minor-upgrade", List.of("rds_instance_minor_version_upgrade_enabled")),
            Map.entry("rds-instance-deletion-protection", List.of("rds_instance_deletion_protection")),
            Map.entry("rds-instance-iam-authentication", List.of("rds_instance_iam_authentication_enabled")),
            Map.entry("rds-instance-log-exports", List.of("rds_instance_integration_cloudwatch_logs")),
            Map.entry("rds-instance-enhanced-monitoring", List.of("rds_instance_enhanced_monitoring_enabled")),
            Map.entry("rds-instance-copy-tags-to-snapshots", List.of("rds_instance_copy_tags_to_snapshots")),
            Map.entry("rds-cluster-storage-encrypted", List.of("rds_cluster_storage_encrypted")),
            Map.entry("rds-cluster-deletion-protection", List.of("rds_cluster_deletion_protection")),
            Map.entry("rds-cluster-multi-az", List.of("rds_cluster_multi_az")),
            Map.entry("rds-cluster-auto-minor-upgrade", List.of("rds_cluster_minor_version_upgrade_enabled")),
            Map.entry("rds-cluster-backup-retention", List.of()),
            Map.entry("rds-snapshot-encrypted", List.of("rds_snapshots_encrypted")),
            Map.entry("rds-cluster-iam-authentication", List.of("rds_cluster_iam_authentication_enabled")),
            Map.entry("rds-cluster-copy-tags-to-snapshots", List.of("rds_cluster_copy_tags_to_snapshots")),
            Map.entry("rds-cluster-log-exports", List.of("rds_cluster_integration_cloudwatch_logs")),
            Map.entry("lambda-function-supported-runtime", List.of("awslambda_function_using_supported_runtimes")),
            Map.entry("lambda-function-no-secrets-in-environment", List.of()),
            Map.entry("lambda-function-not-public", List.of("awslambda_function_not_publicly_accessible")),
            Map.entry("lambda-function-in-vpc", List.of("awslambda_function_inside_vpc")),
            Map.entry("eks-cluster-endpoint-not-public", List.of("eks_endpoints_not_publicly_accessible")),
            Map.entry("eks-cluster-secrets-encrypted", List.of("eks_cluster_kms_cmk_encryption_in_secrets_enabled")),
            Map.entry("eks-cluster-control-plane-logging", List.of("eks_control_plane_logging_all_types_enabled")),
            Map.entry("kms-key-rotation-enabled", List.of("kms_cmk_rotation_enabled")),
            Map.entry("kms-key-not-pending-deletion", List.of("kms_cmk_not_deleted_unintentionally")),
            Map.entry("kms-key-not-public", List.of("kms_key_not_publicly_accessible")),
            Map.entry("cloudtrail-trail-multi-region", List.of("cloudtrail_multi_region_enabled")),
            Map.entry("cloudtrail-trail-log-file-validation", List.of("cloudtrail_log_file_validation_enabled")),
            Map.entry("cloudtrail-trail-kms-encrypted", List.of("cloudtrail_kms_encryption_enabled")),
            Map.entry("cloudtrail-trail-cloudwatch-logs", List.of("cloudtrail_cloudwatch_logging_enabled")),
            Map.entry("iam-policy-no-admin", List.of("iam_customer_attached_policy_no_administrative_privileges")),
            Map.entry("iam-principal-no-inline-admin", List.of("iam_inline_policy_no_administrative_privileges")),
            Map.entry("iam-principal-no-administrator-access",
                    List.of("iam_aws_attached_policy_no_administrative_privileges")),
            Map.entry("iam-user-no-direct-policies", List.of("iam_policy_attached_only_to_group_or_roles")),
            Map.entry("guardduty-detector-enabled", List.of("guardduty_is_enabled")),
            Map.entry("guardduty-s3-protection", List.of("guardduty_s3_protection_enabled")),
            Map.entry("ec2-sg-rdp-open-world",
                    List.of("ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389")),
            Map.entry("ec2-sg-all-ports-open-world",
                    List.of("ec2_securitygroup_allow_ingress_from_internet_to_all_ports")),
            Map.entry("ec2-sg-high-risk-ports-open-world",
                    List.of("ec2_securitygroup_allow_ingress_from_internet_to_high_risk_tcp_ports")),
            Map.entry("ec2-sg-default-restricts-all", List.of("ec2_securitygroup_default_restrict_traffic")),
            Map.entry("ec2-instance-imdsv2-required", List.of("ec2_instance_imdsv2_enabled")),
            Map.entry("ec2-instance-no-public-ip", List.of("ec2_instance_public_ip")),
            Map.entry("ec2-instance-profile-attached", List.of("ec2_instance_profile_attached")),
            Map.entry("ec2-instance-not-paravirtual", List.of("ec2_instance_paravirtual_type")),
            Map.entry("ec2-instance-single-eni", List.of("ec2_instance_uses_single_eni")),
            Map.entry("iam-password-policy-min-length", List.of("iam_password_policy_minimum_length_14")),
            Map.entry("iam-password-policy-prevents-reuse", List.of("iam_password_policy_reuse_24")),
            Map.entry("iam-password-policy-expires",
                    List.of("iam_password_policy_expires_passwords_within_90_days_or_less")),
            Map.entry("iam-password-policy-character-classes", List.of("iam_password_policy_uppercase",
                    "iam_password_policy_lowercase", "iam_password_policy_number", "iam_password_policy_symbol")),
            Map.entry("iam-root-no-access-keys", List.of("iam_no_root_access_key")),
            Map.entry("iam-root-mfa-enabled", List.of("iam_root_mfa_enabled")),
            Map.entry("iam-user-console-mfa", List.of("iam_user_mfa_enabled_console_access")),
            Map.entry("iam-access-keys-rotated-90-days", List.of("iam_rotate_access_key_90_days")),
            Map.entry("iam-support-role-exists", List.of("iam_support_role_created")),
            Map.entry("ec2-ebs-encryption-by-default", List.of("ec2_ebs_default_encryption")),
            Map.entry("ec2-imdsv2-account-default", List.of("ec2_instance_account_imdsv2_enabled")),
            Map.entry("cloudtrail-multi-region-trail-exists", List.of("cloudtrail_multi_region_enabled")),
            Map.entry("config-recorder-on-in-region", List.of("config_recorder_all_regions_enabled")),
            Map.entry("guardduty-enabled-in-region", List.of("guardduty_is_enabled")),
            Map.entry("ec2-vpc-flow-logs-enabled", List.of("vpc_flow_logs_enabled")),
            Map.entry("cloudwatch-alarm-unauthorized-api-calls",
                    List.of("cloudwatch_log_metric_filter_unauthorized_api_calls")),
            Map.entry("cloudwatch-alarm-console-sign-in-without-mfa",
                    List.of("cloudwatch_log_metric_filter_sign_in_without_mfa")),
            Map.entry("cloudwatch-alarm-root-usage",
                    List.of("cloudwatch_log_metric_filter_root_usage")),
            Map.entry("cloudwatch-alarm-iam-policy-changes",
                    List.of("cloudwatch_log_metric_filter_policy_changes")),
            Map.entry("cloudwatch-alarm-cloudtrail-changes",
                    List.of("cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled")),
            Map.entry("cloudwatch-alarm-console-authentication-failures",
                    List.of("cloudwatch_log_metric_filter_authentication_failures")),
            Map.entry("cloudwatch-alarm-kms-key-disable-or-deletion",
                    List.of("cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk")),
            Map.entry("cloudwatch-alarm-s3-bucket-policy-changes",
                    List.of("cloudwatch_log_metric_filter_for_s3_bucket_policy_changes")),
            Map.entry("cloudwatch-alarm-config-changes",
                    List.of("cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled")),
            Map.entry("cloudwatch-alarm-security-group-changes",
                    List.of("cloudwatch_log_metric_filter_security_group_changes")),
            Map.entry("cloudwatch-alarm-network-acl-changes",
                    List.of("cloudwatch_changes_to_network_acls_alarm_configured")),
            Map.entry("cloudwatch-alarm-network-gateway-changes",
                    List.of("cloudwatch_changes_to_network_gateways_alarm_configured")),
            Map.entry("cloudwatch-alarm-route-table-changes",
                    List.of("cloudwatch_changes_to_network_route_tables_alarm_configured")),
            Map.entry("cloudwatch-alarm-vpc-changes",
                    List.of("cloudwatch_changes_to_vpcs_alarm_configured")),
            Map.entry("cloudwatch-alarm-organizations-changes",
                    List.of("cloudwatch_log_metric_filter_aws_organizations_changes")),
            Map.entry("ec2-sg-ssh-open-world",
                    List.of("ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22")));

    static final Map<String, String> MAPPING_FILES = Map.of(
            Frameworks.CIS_AWS_3_0, "cis_3.0_aws.json",
            Frameworks.AWS_FSBP, "aws_foundational_security_best_practices_aws.json",
            Frameworks.SOC2, "soc2_aws.json",
            Frameworks.ISO_27001_2022, "iso27001_2022_aws.json",
            Frameworks.NIST_800_53_R5, "nist_800_53_revision_5_aws.json",
            Frameworks.PCI_DSS_4_0, "pci_4.0_aws.json",
            Frameworks.HIPAA, "hipaa_aws.json",
            Frameworks.GDPR, "gdpr_aws.json");

    static final List<String> DOMAINS = List.of("physical-environmental", "hardware-global-network", "virtualization",
            "host-os", "guest-os-patching", "platform-runtime", "network-configuration", "identity-access",
            "credentials-mfa", "data-classification", "encryption-at-rest", "encryption-in-transit", "key-management",
            "backup-recovery", "logging-monitoring", "application-code", "secrets-management",
            "configuration-management", "awareness-training", "incident-response");

    /** framework key -> check -> requirement ids, read from Prowler's mapping files. */
    static Map<String, Map<String, Set<String>>> requirementsByCheck() {
        Map<String, Map<String, Set<String>>> byFramework = new HashMap<>();
        MAPPING_FILES.forEach((framework, file) -> {
            Map<String, Set<String>> byCheck = new HashMap<>();
            for (JsonNode requirement : SharedData.read(FRAMEWORKS.resolve("prowler-mappings").resolve(file))
                    .get("Requirements")) {
                for (JsonNode check : requirement.path("Checks")) {
                    byCheck.computeIfAbsent(check.asText(), c -> new LinkedHashSet<>())
                            .add(requirement.get("Id").asText());
                }
            }
            byFramework.put(framework, byCheck);
        });
        return byFramework;
    }

    static Set<String> idsOf(Map<String, Set<String>> byCheck, List<String> checks) {
        Set<String> ids = new LinkedHashSet<>();
        checks.forEach(check -> ids.addAll(byCheck.getOrDefault(check, Set.of())));
        return ids;
    }

    @Test
    void everyControlSaysWhichChecksAskTheSameQuestion() {
        assertThat(Library.LIBRARY.controls()).extracting(Control::id)
                .containsExactlyInAnyOrderElementsOf(SAME_QUESTION.keySet());
    }

    @Test
    void cisAndFsbpIdsAreExactlyThoseOfTheSameChecks() {
        var requirements = requirementsByCheck();
        for (Control control : Library.LIBRARY.controls()) {
            List<String> checks = SAME_QUESTION.get(control.id());
            for (String framework : List.of(Frameworks.CIS_AWS_3_0, Frameworks.AWS_FSBP)) {
                Set<String> expected = idsOf(requirements.get(framework), checks);
                assertThat(control.references().getOrDefault(framework, List.of()))
                        .as("%s references %s", control.id(), framework).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
    }

    @Test
    void everyCitedRequirementExistsInItsFramework() {
        var requirements = requirementsByCheck();
        for (Control control : Library.LIBRARY.controls()) {
            control.references().forEach((framework, ids) -> {
                Set<String> known = new LinkedHashSet<>();
                requirements.get(framework).values().forEach(known::addAll);
                assertThat(known).as("%s cites in %s", control.id(), framework).containsAll(ids);
            });
        }
    }

    @Test
    void agreesWithTheCuratedIndexWhereItHasTheCheck() {
        JsonNode index = SharedData.read(FRAMEWORKS.resolve("check_to_framework_index.json"));
        int compared = 0;
        for (Control control : Library.LIBRARY.controls()) {
            for (JsonNode entry : index) {
                if (!SAME_QUESTION.get(control.id()).contains(entry.get("check").asText())) {
                    continue;
                }
                for (String[] key : new String[][]{{"CIS3.0", Frameworks.CIS_AWS_3_0}, {"FSBP", Frameworks.AWS_FSBP}}) {
                    List<String> cited = control.references().getOrDefault(key[1], List.of());
                    entry.get(key[0]).forEach(id -> assertThat(cited).as("%s %s", control.id(), key[1])
                            .contains(id.asText()));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(18);
    }

    @Test
    void idsAreUniqueAndDomainsCanonical() throws Exception {
        List<String> ids = Library.LIBRARY.controls().stream().map(Control::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(60);
        // The loader refuses duplicates too; count the raw files so a duplicate cannot hide behind it.
        long defined = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog/controls"))) {
            for (Path file : files.toList()) {
                defined += SharedData.read(file).get("controls").size();
            }
        }
        assertThat(defined).isEqualTo(ids.size());
        assertThat(Library.LIBRARY.controls()).allSatisfy(c -> assertThat(DOMAINS).as(c.id()).contains(c.domain()));
    }

    @Test
    void severityIsFsbpsWhereFsbpRatesTheControl() {
        Map<String, String> fsbpSeverity = new HashMap<>();
        collectSeverities(SharedData.read(FRAMEWORKS.resolve("aws-securityhub-oscal/aws_security-hub.oscal.json")),
                fsbpSeverity);
        List<String> ranks = List.of("INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL");
        int compared = 0;
        for (Control control : Library.LIBRARY.controls()) {
            var rated = control.references().getOrDefault(Frameworks.AWS_FSBP, List.of()).stream()
                    .filter(fsbpSeverity::containsKey).map(fsbpSeverity::get).toList();
            if (!rated.isEmpty()) {
                String highest = rated.stream().max((a, b) -> ranks.indexOf(a) - ranks.indexOf(b)).orElseThrow();
                assertThat(control.severity().name()).as(control.id()).isEqualTo(highest);
                compared++;
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(40);
    }

    private static void collectSeverities(JsonNode node, Map<String, String> into) {
        if (node.isObject() && node.has("id") && node.has("props")) {
            for (JsonNode prop : node.get("props")) {
                if ("SeverityLabel".equals(prop.path("name").asText())) {
                    into.put(node.get("id").asText(), prop.get("value").asText());
                }
            }
        }
        node.forEach(child -> collectSeverities(child, into));
    }
}
