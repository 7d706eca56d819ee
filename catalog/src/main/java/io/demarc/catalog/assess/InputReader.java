package io.demarc.catalog.assess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.demarc.catalog.ingest.ConfigurationItemParser;
import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.catalog.recordings.InvalidRecordingException;
import io.demarc.catalog.recordings.NormalizedRecording;
import io.demarc.catalog.recordings.RecordedCall;
import io.demarc.catalog.recordings.RecordedResponses;
import io.demarc.catalog.recordings.RecordingContext;
import io.demarc.catalog.recordings.RecordingNormalizer;
import io.demarc.contracts.ConfigurationItem;

/**
 * Reads one input into configuration items: a directory or {@code .zip} is a recording of API responses, any other
 * file AWS Config items in one of their shapes. Also says which resource types the input could have held, so that an
 * account-scoped control does not fail an account for lacking trails when nobody looked for trails.
 */
final class InputReader {

    /**
     * The recorded operations after which the absence of a type means the account has none of it. A recording that
     * listed VPCs without their flow logs, or roles without their attached policies, cannot tell.
     */
    private static final Map<String, List<String>> LISTS_TYPES = Map.of(
            "cloudtrail.DescribeTrails", List.of("AWS::CloudTrail::Trail"),
            "logs.DescribeMetricFilters", List.of("AWS::Logs::MetricFilter"),
            "config.DescribeConfigurationRecorders", List.of("AWS::Config::ConfigurationRecorder"),
            "guardduty.ListDetectors", List.of("AWS::GuardDuty::Detector"),
            "ec2.DescribeFlowLogs", List.of("AWS::EC2::VPC"),
            "iam.ListAttachedRolePolicies", List.of("AWS::IAM::Role"),
            "iam.ListAttachedUserPolicies", List.of("AWS::IAM::User"),
            "iam.ListAttachedGroupPolicies", List.of("AWS::IAM::Group"),
            "iam.GetAccountAuthorizationDetails", List.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"));

    /** What one input holds. */
    record Input(List<ConfigurationItem> items, Set<String> observedTypes, List<String> gaps) {
    }

    private final RecordingNormalizer normalizer = new RecordingNormalizer();
    private final ConfigurationItemParser parser = new ConfigurationItemParser(Integer.MAX_VALUE);

    Input read(Path path, RecordingContext context) {
        if (!Files.exists(path)) {
            throw new UnreadableInputException(path, "no such file or directory", null);
        }
        if (!Files.isReadable(path)) {
            throw new UnreadableInputException(path, "not readable", null);
        }
        if (Files.isDirectory(path) || path.getFileName().toString().toLowerCase().endsWith(".zip")) {
            return recording(path, context);
        }
        return configItems(path);
    }

    private Input recording(Path path, RecordingContext context) {
        try {
            RecordedResponses responses = RecordedResponses.read(path);
            if (responses.calls().isEmpty()) {
                throw new UnreadableInputException(path,
                        "holds no recorded API response (<service>.<Operation>_<N>.json files)", null);
            }
            NormalizedRecording recording = normalizer.normalize(responses, context);
            Set<String> observed = new HashSet<>();
            for (RecordedCall call : responses.calls()) {
                if (!call.failed()) {
                    observed.addAll(LISTS_TYPES.getOrDefault(call.name(), List.of()));
                }
            }
            List<String> gaps = recording.gaps().stream().map(gap -> path.getFileName() + ": " + gap.service() + "."
                    + gap.operation() + " failed with " + gap.statusCode() + " " + gap.errorCode()).toList();
            return new Input(recording.items(), observed, gaps);
        } catch (InvalidRecordingException | java.io.UncheckedIOException e) {
            throw new UnreadableInputException(path, e.getMessage(), e);
        }
    }

    private Input configItems(Path path) {
        try {
            List<ConfigurationItem> items = parser.parse(Files.readAllBytes(path));
            Set<String> observed = new HashSet<>();
            items.forEach(item -> observed.add(item.resourceType()));
            return new Input(new ArrayList<>(items), observed, List.of());
        } catch (InvalidImportException e) {
            throw new UnreadableInputException(path, "not AWS Config configuration items: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableInputException(path, "cannot be read: " + e.getMessage(), e);
        }
    }
}
