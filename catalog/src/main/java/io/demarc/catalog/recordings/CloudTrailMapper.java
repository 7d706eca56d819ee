package io.demarc.catalog.recordings;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * CloudTrail trails, each in its home region (a multi-region trail listed from another region, a "shadow", is the
 * same trail). {@code GetTrailStatus} and {@code GetEventSelectors} answer about the N-th listed trail; their answers
 * go to supplementary configuration ({@code TrailStatus}, {@code EventSelectors}). A trail without a recorded status
 * has none: nothing is borrowed from another trail's answer.
 */
final class CloudTrailMapper implements ServiceMapper {

    static final String TRAIL = "AWS::CloudTrail::Trail";

    @Override
    public Set<String> reads() {
        return Set.of("cloudtrail.DescribeTrails", "cloudtrail.GetTrailStatus", "cloudtrail.GetEventSelectors");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("cloudtrail", "DescribeTrails");
        List<ItemSink.Draft> listed = List.of();
        for (int round = 0; round < rounds.size(); round++) {
            List<ItemSink.Draft> trails = new java.util.ArrayList<>();
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode trail : call.data().path("trailList")) {
                    String arn = trail.path("TrailARN").asText();
                    trails.add(sink.draft(TRAIL, arn, round + 1).id(trail.path("Name").asText())
                            .name(trail.path("Name").asText()).region(trail.path("HomeRegion").asText(null)).arn(arn)
                            .configure(trail));
                }
            }
            listed = trails;
        }
        attach(recording.calls("cloudtrail", "GetTrailStatus"), listed, "TrailStatus", sink);
        attach(recording.calls("cloudtrail", "GetEventSelectors"), listed, "EventSelectors", sink);
    }

    private static void attach(List<RecordedCall> calls, List<ItemSink.Draft> trails, String field, ItemSink sink) {
        for (RecordedCall call : calls) {
            String named = call.data().path("TrailARN").asText(null);
            ItemSink.Draft trail = named != null
                    ? sink.latest(TRAIL, named).orElse(null)
                    : call.sequence() <= trails.size() ? trails.get(call.sequence() - 1) : null;
            if (call.failed()) {
                sink.gap(call, trail == null ? named : trail.key);
            } else if (trail != null) {
                trail.supplement(field, ConfigNames.camelCopy(call.data()));
            }
        }
    }
}
