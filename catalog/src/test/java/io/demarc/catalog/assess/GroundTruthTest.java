package io.demarc.catalog.assess;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.FindingStatus;

/**
 * Every folder of the shared recordings goes through the offline assessment, and every verdict the oracle
 * (EXPECTED.json: what Cloud Custodian returned on the same folder) gives is either compared with Demarc's control
 * for it, count and resource ids, or listed below as a deliberate difference with its reason (docs/controls.md
 * explains each). A row that is neither fails the test: nothing is skipped silently.
 */
class GroundTruthTest {

    static final Path ROOT = Path.of("..", "..", "shared", "data", "aws-api-recordings");
    /** The date the runtime calendar was last reviewed: verdicts must not move with the machine's clock. */
    static final Clock REVIEWED = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    static final OfflineAssessment ASSESSMENT = new OfflineAssessment(ControlLibrary.load(), REVIEWED);
    static final ObjectMapper JSON = new ObjectMapper();

    /** How an oracle row reads in Demarc's terms. */
    record Check(String controlId, Verdict verdict, Function<Finding, String> id) {
    }

    /** The oracle counts either the resources that fail the control, or (key rotation) those that pass it. */
    enum Verdict {
        FAILING, PASSING, ASSESSED
    }

    static Check failing(String controlId) {
        return new Check(controlId, Verdict.FAILING, Finding::resourceId);
    }

    static Check failingByName(String controlId) {
        return new Check(controlId, Verdict.FAILING, Finding::resourceName);
    }

    /** Oracle rows, by folder and label prefix, and the Demarc controls that answer the same question. */
    static final Map<String, List<Check>> CHECKS = Map.ofEntries(
            Map.entry("test_account_ebs_encrypt|account default-ebs-encryption",
                    List.of(failing("ec2-ebs-encryption-by-default"))),
            Map.entry("test_account_missing_password_policy|account password-policy",
                    List.of(failing("iam-password-policy-min-length"), failing("iam-password-policy-prevents-reuse"),
                            failing("iam-password-policy-expires"), failing("iam-password-policy-character-classes"))),
            Map.entry("test_account_root_api_keys|account iam-summary", List.of(failing("iam-root-no-access-keys"))),
            Map.entry("test_account_root_mfa|account iam-summary", List.of(failing("iam-root-mfa-enabled"))),
            Map.entry("test_account_trail|check-cloudtrail multi-region+kms",
                    List.of(failing("cloudtrail-multi-region-trail-exists"), failing("cloudtrail-trail-kms-encrypted"),
                            failing("cloudtrail-trail-log-file-validation"))),
            Map.entry("test_account_trail|check-cloudtrail current-region",
                    List.of(failing("cloudtrail-multi-region-trail-exists"))),
            Map.entry("test_cloudtrail_fail_log_metric_filter_no_alarm|check-cloudtrail log-metric-filter-pattern",
                    List.of(failing("cloudwatch-alarm-console-sign-in-without-mfa"))),
            Map.entry("test_cloudtrail_success_log_metric_filter|check-cloudtrail log-metric-filter-pattern",
                    List.of(failing("cloudwatch-alarm-console-sign-in-without-mfa"))),
            Map.entry("test_cloudtrail_is_shadow_or_not|cloudtrail IsMultiRegionTrail",
                    List.of(failing("cloudtrail-trail-multi-region"))),
            Map.entry("test_cloudtrail_is_shadow_or_not|cloudtrail LogFileValidationEnabled",
                    List.of(failing("cloudtrail-trail-log-file-validation"))),
            Map.entry("test_ebs_aws_managed_kms_keys|EBS volume Encrypted",
                    List.of(failing("ec2-ebs-volume-encrypted"))),
            Map.entry("test_ec2_metadata_defaults|account ec2-metadata-defaults",
                    List.of(failing("ec2-imdsv2-account-default"))),
            Map.entry("test_iam_user_admin_policy|iam-user policy",
                    List.of(failingByName("iam-principal-no-administrator-access"))),
            Map.entry("test_key_rotation|kms-key key-rotation-status",
                    List.of(new Check("kms-key-rotation-enabled", Verdict.PASSING, Finding::resourceId))),
            Map.entry("test_lambda_iam_role_filter_by_role_name|lambda Runtime",
                    List.of(failing("lambda-function-supported-runtime"))),
            Map.entry("test_only_ports_and_cidr_ingress|all SGs",
                    List.of(new Check("ec2-sg-ssh-open-world", Verdict.ASSESSED, Finding::resourceId))),
            Map.entry("test_only_ports_and_cidr_ingress|ingress Ports[22]", List.of(failing("ec2-sg-ssh-open-world"))),
            Map.entry("test_only_ports_and_cidr_ingress|ingress Ports[3389]",
                    List.of(failing("ec2-sg-rdp-open-world"))),
            Map.entry("test_rds_kms_alias|rds StorageEncrypted",
                    List.of(failingByName("rds-instance-storage-encrypted"))),
            Map.entry("test_rds_kms_alias|rds PubliclyAccessible", List.of(failingByName("rds-instance-not-public"))),
            Map.entry("test_s3_check_public_block|check-public-block",
                    List.of(failing("s3-bucket-public-access-block"))),
            Map.entry("test_security_group_config_source|describe source",
                    List.of(new Check("ec2-sg-ssh-open-world", Verdict.ASSESSED, Finding::resourceId))),
            Map.entry("test_vpc_flow_logs_misconfigured|vpc flow-logs (no flow log at all)",
                    List.of(failing("ec2-vpc-flow-logs-enabled"))));

    /** Oracle rows Demarc deliberately does not reproduce, with the reason (docs/controls.md, "Ground truth"). */
    static final Map<String, String> DIFFERENCES = Map.of(
            "test_account_trail|check-cloudtrail notifies",
            "SNS notification of trail deliveries is no control of CIS 3.0 or FSBP; Demarc has none",
            "test_cloudtrail_is_shadow_or_not|cloudtrail is-shadow",
            "shadow trails are how c7n lists a trail from another region; Demarc keeps each trail once, in its home region",
            "test_ebs_aws_managed_kms_keys|kms-alias",
            "which key alias encrypts a volume is a selection, not a verdict; encryption itself is compared",
            "test_rds_kms_alias|rds kms-alias",
            "which key alias encrypts a database is a selection, not a verdict; encryption itself is compared",
            "test_iam_policy_allow_all|iam-policy PolicyName=MyAdminPolicy",
            "FSBP IAM.1 judges attached policies only; MyAdminPolicy is attached to nothing, so Demarc finds it not"
                    + " applicable (SameControlsTest shows it fails once attached)",
            "test_lambda_iam_role_filter_by_role_name|lambda iam-role",
            "a selection of functions by role name, not a control",
            "test_only_ports_and_cidr_ingress|VpcId + GroupName + ingress OnlyPorts",
            "a selection of one test group by name and 'only ports', not a control; ports 22 and 3389 are compared",
            "test_security_group_config_source|config source",
            "the recorded SelectResourceConfig answer is a projection without account, type or capture time, so no"
                    + " configuration item on its own; RecordingVerdictsTest proves its configuration equals the"
                    + " API-built group assessed here",
            "test_vpc_flow_logs_misconfigured|not(flow-logs",
            "a flow log sent to one named log group is a site policy, not a control; 'every VPC has a flow log' is"
                    + " compared");

    static List<String> folders() throws IOException {
        try (Stream<Path> entries = Files.list(ROOT)) {
            return entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theDataHoldsTheTwentyFoldersAndEveryOracleRowIsComparedOrExplained() throws IOException {
        assertThat(folders()).hasSize(20);
        Set<String> used = new HashSet<>();
        for (JsonNode entry : JSON.readTree(ROOT.resolve("EXPECTED.json").toFile())) {
            for (JsonNode run : entry.path("harness_runs")) {
                String row = entry.path("folder").asText() + "|" + run.path("label").asText();
                List<String> keys = Stream.concat(CHECKS.keySet().stream(), DIFFERENCES.keySet().stream())
                        .filter(row::startsWith).toList();
                assertThat(keys).as("oracle row %s is neither compared nor listed as a difference", row).hasSize(1);
                used.add(keys.get(0));
            }
        }
        assertThat(used).as("every mapping names a real oracle row")
                .containsAll(CHECKS.keySet()).containsAll(DIFFERENCES.keySet());
    }

    @ParameterizedTest
    @MethodSource("folders")
    void verdictsMatchTheOracle(String folder) throws IOException {
        JsonNode entry = expected(folder);
        String region = entry.path("harness_runs").path(0).path("region").asText("us-east-1");
        AssessmentReport report = ASSESSMENT.assess(new AssessmentRequest(List.of(ROOT.resolve(folder)),
                "644160558196", region, null, RecordedState.FIRST));

        assertThat(report.findings()).as("%s: every resource assessed", folder).isNotEmpty();
        assertThat(report.findings()).as("%s: no control failed to evaluate", folder)
                .noneMatch(f -> f.status() == FindingStatus.ERROR);
        for (JsonNode run : entry.path("harness_runs")) {
            String row = folder + "|" + run.path("label").asText();
            for (Map.Entry<String, List<Check>> mapped : CHECKS.entrySet()) {
                if (row.startsWith(mapped.getKey())) {
                    mapped.getValue().forEach(check -> compare(report, check, run, row));
                }
            }
        }
    }

    private static void compare(AssessmentReport report, Check check, JsonNode run, String row) {
        List<String> expected = new ArrayList<>();
        run.path("ids").forEach(id -> expected.add(id.asText()));
        FindingStatus status = switch (check.verdict()) {
            case FAILING -> FindingStatus.FAIL;
            case PASSING -> FindingStatus.PASS;
            case ASSESSED -> null;
        };
        List<String> actual = ids(report, check.controlId(), status, check.id());
        assertThat(actual).as("%s as %s", row, check.controlId()).hasSize(run.path("count").asInt())
                .containsExactlyInAnyOrderElementsOf(expected);
        if (check.verdict() == Verdict.FAILING && expected.isEmpty()) {
            assertThat(report.findings()).as("%s: %s decided", row, check.controlId())
                    .anyMatch(f -> f.controlId().equals(check.controlId()) && f.status() == FindingStatus.PASS);
        }
    }

    private static List<String> ids(AssessmentReport report, String controlId, FindingStatus status,
            Function<Finding, String> id) {
        return report.findings().stream().filter(f -> f.controlId().equals(controlId))
                .filter(f -> status == null || f.status() == status).map(id).sorted().toList();
    }

    private static JsonNode expected(String folder) throws IOException {
        for (JsonNode entry : JSON.readTree(ROOT.resolve("EXPECTED.json").toFile())) {
            if (entry.path("folder").asText().equals(folder)) {
                return entry;
            }
        }
        throw new AssertionError("EXPECTED.json has no entry for " + folder);
    }
}
