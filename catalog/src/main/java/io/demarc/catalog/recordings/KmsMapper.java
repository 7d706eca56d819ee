package io.demarc.catalog.recordings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.catalog.ingest.PolicyDocuments;

/**
 * KMS keys. {@code DescribeKey} names its key; {@code GetKeyRotationStatus} and {@code GetKeyPolicy} answer about the
 * N-th listed key unless they name it. Rotation goes to {@code supplementaryConfiguration.KeyRotationStatus} and the
 * key policy to {@code supplementaryConfiguration.Policy}, as AWS Config records them.
 */
final class KmsMapper implements ServiceMapper {

    static final String KEY = "AWS::KMS::Key";

    @Override
    public Set<String> reads() {
        return Set.of("kms.ListKeys", "kms.DescribeKey", "kms.GetKeyRotationStatus", "kms.GetKeyPolicy");
    }

    @Override
    public void map(RecordedResponses recording, ItemSink sink) {
        List<List<RecordedCall>> rounds = recording.rounds("kms", "ListKeys");
        List<ItemSink.Draft> listed = new ArrayList<>();
        for (int round = 0; round < rounds.size(); round++) {
            listed = new ArrayList<>();
            for (RecordedCall call : rounds.get(round)) {
                for (JsonNode key : call.data().path("Keys")) {
                    listed.add(sink.draft(KEY, key.path("KeyId").asText(), round + 1)
                            .arn(key.path("KeyArn").asText(null)));
                }
            }
        }
        for (RecordedCall call : recording.calls("kms", "DescribeKey")) {
            JsonNode metadata = call.data().path("KeyMetadata");
            if (metadata.isObject()) {
                String id = metadata.path("KeyId").asText();
                sink.latest(KEY, id).orElseGet(() -> sink.draft(KEY, id, 1)).arn(metadata.path("Arn").asText(null))
                        .account(metadata.path("AWSAccountId").asText(null)).configure(metadata);
            }
        }
        for (RecordedCall call : recording.calls("kms", "GetKeyRotationStatus")) {
            ItemSink.Draft key = keyOf(call, listed, sink);
            if (call.failed()) {
                sink.gap(call, key == null ? null : key.key);
            } else if (key != null) {
                key.supplement("KeyRotationStatus", ConfigNames.orNull(call.data().path("KeyRotationEnabled")));
            }
        }
        for (RecordedCall call : recording.calls("kms", "GetKeyPolicy")) {
            ItemSink.Draft key = keyOf(call, listed, sink);
            if (call.failed()) {
                sink.gap(call, key == null ? null : key.key);
            } else if (key != null) {
                key.supplement("Policy", PolicyDocuments.parse(call.data().path("Policy").asText(null)));
            }
        }
    }

    private static ItemSink.Draft keyOf(RecordedCall call, List<ItemSink.Draft> listed, ItemSink sink) {
        String named = call.data().path("KeyId").asText(null);
        if (named != null) {
            String id = named.substring(named.lastIndexOf('/') + 1);
            return sink.latest(KEY, id).orElse(null);
        }
        return call.sequence() <= listed.size() ? listed.get(call.sequence() - 1) : null;
    }
}
