package io.demarc.catalog.recordings;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Resource Groups Tagging API: tags of any resource, by ARN. */
final class TaggingMapper implements ServiceMapper {

    @Override
    public Set<String> reads() {
        return Set.of("tagging.GetResources");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        for (RecordedCall call : recording.calls("tagging", "GetResources")) {
            for (JsonNode mapping : call.data().path("ResourceTagMappingList")) {
                sink.tag(mapping.path("ResourceARN").asText(), mapping.path("Tags"));
            }
        }
    }
}
