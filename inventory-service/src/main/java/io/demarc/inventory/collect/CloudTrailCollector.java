package io.demarc.inventory.collect;

import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/** CloudTrail in one region: the trails, then each trail's status and event selectors, in list order. */
final class CloudTrailCollector implements ServiceCollector {

    @Override
    public String service() {
        return "cloudtrail";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::CloudTrail::Trail");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (CloudTrailClient trails = session.client(CloudTrailClient::builder)) {
            List<String> arns = recorder.call("cloudtrail", "DescribeTrails", () -> trails.describeTrails(b -> {
            })).map(r -> r.trailList().stream().map(Trail::trailARN).toList()).orElse(List.of());
            for (int i = 0; i < arns.size(); i++) {
                String arn = arns.get(i);
                recorder.call("cloudtrail", "GetTrailStatus", i + 1, () -> trails.getTrailStatus(b -> b.name(arn)));
                recorder.call("cloudtrail", "GetEventSelectors", i + 1,
                        () -> trails.getEventSelectors(b -> b.trailName(arn)));
            }
        }
    }
}
