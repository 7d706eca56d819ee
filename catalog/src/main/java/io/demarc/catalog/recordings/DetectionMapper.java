package io.demarc.catalog.recordings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The account's detective services: GuardDuty detectors and AWS Config recorders, in the CloudFormation shape AWS
 * Config records them in ({@code Enable}, {@code DataSources.S3Logs.Enable}; {@code Name}, {@code Recording},
 * {@code RecordingGroup}). {@code GetDetector} does not name its detector: call N is about the N-th listed one.
 */
final class DetectionMapper implements ServiceMapper {

    static final String DETECTOR = "AWS::GuardDuty::Detector";
    static final String RECORDER = "AWS::Config::ConfigurationRecorder";

    @Override
    public Set<String> reads() {
        return Set.of("guardduty.ListDetectors", "guardduty.GetDetector", "config.DescribeConfigurationRecorders",
                "config.DescribeConfigurationRecorderStatus");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<ItemSink.Draft> detectors = new ArrayList<>();
        List<List<RecordedCall>> rounds = recording.rounds("guardduty", "ListDetectors");
        for (int round = 0; round < rounds.size(); round++) {
            detectors = new ArrayList<>();
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode id : call.data().path("DetectorIds")) {
                    ItemSink.Draft draft = sink.draft(DETECTOR, id.asText(), round + 1);
                    draft.configuration.put("Id", id.asText());
                    detectors.add(draft);
                }
            }
        }
        for (RecordedCall call : recording.calls("guardduty", "GetDetector")) {
            ItemSink.Draft detector = call.sequence() <= detectors.size() ? detectors.get(call.sequence() - 1) : null;
            if (call.failed()) {
                sink.gap(call, detector == null ? null : detector.key);
            } else if (detector != null) {
                detector(call.data(), detector);
            }
        }
        recorders(recording, sink);
    }

    private static void detector(JsonNode data, ItemSink.Draft detector) {
        ObjectNode configuration = detector.configuration;
        configuration.put("Enable", "ENABLED".equals(data.path("Status").asText()));
        configuration.set("FindingPublishingFrequency", ConfigNames.orNull(data.path("FindingPublishingFrequency")));
        JsonNode sources = data.path("DataSources");
        ObjectNode dataSources = configuration.putObject("DataSources");
        dataSources.putObject("S3Logs").put("Enable",
                "ENABLED".equals(sources.path("S3Logs").path("Status").asText()));
        dataSources.putObject("Kubernetes").putObject("AuditLogs").put("Enable",
                "ENABLED".equals(sources.path("Kubernetes").path("AuditLogs").path("Status").asText()));
        if (data.has("Features")) {
            configuration.set("Features", ConfigNames.pascalCopy(data.get("Features")));
        }
        detector.tags(data.path("Tags"));
    }

    private static void recorders(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("config", "DescribeConfigurationRecorders");
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode recorder : call.data().path("ConfigurationRecorders")) {
                    String name = recorder.path("name").asText();
                    sink.draft(RECORDER, name, round + 1).name(name)
                            .arn(recorder.path("arn").asText(null)).configuration
                            .setAll((ObjectNode) ConfigNames.pascalCopy(recorder));
                }
            }
        }
        for (RecordedCall call : recording.calls("config", "DescribeConfigurationRecorderStatus")) {
            for (JsonNode status : call.data().path("ConfigurationRecordersStatus")) {
                sink.latest(RECORDER, status.path("name").asText()).ifPresent(recorder -> {
                    recorder.configuration.set("Recording", ConfigNames.orNull(status.path("recording")));
                    recorder.supplement("ConfigurationRecorderStatus", ConfigNames.pascalCopy(status));
                });
            }
        }
    }
}
