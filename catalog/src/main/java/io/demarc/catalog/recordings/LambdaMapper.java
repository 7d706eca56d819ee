package io.demarc.catalog.recordings;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** Lambda functions ({@code ListFunctions}, {@code GetFunction}, the resource policy from {@code GetPolicy}). */
final class LambdaMapper implements ServiceMapper {

    static final String FUNCTION = "AWS::Lambda::Function";

    @Override
    public Set<String> reads() {
        return Set.of("lambda.ListFunctions", "lambda.GetFunction");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("lambda", "ListFunctions");
        for (int round = 0; round < rounds.size(); round++) {
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode function : call.data().path("Functions")) {
                    function(sink.draft(FUNCTION, function.path("FunctionName").asText(), round + 1), function);
                }
            }
        }
        for (RecordedCall call : recording.calls("lambda", "GetFunction")) {
            JsonNode function = call.data().path("Configuration");
            if (function.isObject()) {
                String name = function.path("FunctionName").asText();
                function(sink.latest(FUNCTION, name).orElseGet(() -> sink.draft(FUNCTION, name, 1)), function)
                        .tags(call.data().path("Tags"));
            }
        }
    }

    private static ItemSink.Draft function(ItemSink.Draft draft, JsonNode function) {
        return draft.name(function.path("FunctionName").asText()).arn(function.path("FunctionArn").asText(null))
                .configure(function);
    }
}
