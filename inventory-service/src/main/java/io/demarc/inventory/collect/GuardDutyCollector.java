package io.demarc.inventory.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.guardduty.GuardDutyClient;

/** GuardDuty in one region: the detectors, each read (call N about the N-th listed detector). */
final class GuardDutyCollector implements ServiceCollector {

    @Override
    public String service() {
        return "guardduty";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::GuardDuty::Detector");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (GuardDutyClient guardDuty = session.client(GuardDutyClient::builder)) {
            List<String> detectors = new ArrayList<>();
            recorder.pages("guardduty", "ListDetectors", () -> guardDuty.listDetectorsPaginator(b -> {
            }), page -> detectors.addAll(page.detectorIds()));
            for (int i = 0; i < detectors.size(); i++) {
                String id = detectors.get(i);
                recorder.call("guardduty", "GetDetector", i + 1, () -> guardDuty.getDetector(b -> b.detectorId(id)));
            }
        }
    }
}
