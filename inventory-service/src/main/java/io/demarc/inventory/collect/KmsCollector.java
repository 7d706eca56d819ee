package io.demarc.inventory.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.KeySpec;
import software.amazon.awssdk.services.kms.model.OriginType;

/**
 * KMS in one region: the keys, each described, and the rotation status of those that can rotate automatically
 * (symmetric keys with KMS key material; asking about others is an error, not an answer). Rotation call N is about the
 * N-th listed key.
 */
final class KmsCollector implements ServiceCollector {

    @Override
    public String service() {
        return "kms";
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::KMS::Key");
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (KmsClient kms = session.client(KmsClient::builder)) {
            List<String> keys = new ArrayList<>();
            recorder.pages("kms", "ListKeys", () -> kms.listKeysPaginator(b -> {
            }), page -> page.keys().stream().map(KeyListEntry::keyId).forEach(keys::add));
            for (int i = 0; i < keys.size(); i++) {
                String key = keys.get(i);
                KeyMetadata metadata = recorder.call("kms", "DescribeKey", () -> kms.describeKey(b -> b.keyId(key)))
                        .map(r -> r.keyMetadata()).orElse(null);
                if (metadata != null && metadata.keySpec() == KeySpec.SYMMETRIC_DEFAULT
                        && metadata.origin() == OriginType.AWS_KMS) {
                    recorder.call("kms", "GetKeyRotationStatus", i + 1,
                            () -> kms.getKeyRotationStatus(b -> b.keyId(key)));
                }
            }
        }
    }
}
