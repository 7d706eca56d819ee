package io.demarc.inventory.collect;

import java.util.List;
import java.util.Set;

import io.demarc.catalog.recordings.AccountFactTypes;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3control.S3ControlClient;

/**
 * S3, once per account: the buckets (each bucket's N-th per-bucket call is numbered N, the order the normalizer maps
 * by), their location, encryption, public access block, policy status, versioning and logging, and the account's
 * public access block.
 */
final class S3Collector implements ServiceCollector {

    @Override
    public String service() {
        return "s3";
    }

    @Override
    public boolean global() {
        return true;
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::S3::Bucket", AccountFactTypes.S3_PUBLIC_ACCESS_BLOCK);
    }

    @Override
    public void collect(AwsSession session, CallRecorder recorder) {
        try (S3Client s3 = session.client(S3Client::builder);
                S3ControlClient control = session.client(S3ControlClient::builder)) {
            List<String> buckets = recorder.call("s3", "ListBuckets", () -> s3.listBuckets(b -> {
            })).map(r -> r.buckets().stream().map(Bucket::name).toList()).orElse(List.of());
            for (int i = 0; i < buckets.size(); i++) {
                String bucket = buckets.get(i);
                int n = i + 1;
                recorder.call("s3", "GetBucketLocation", n, () -> s3.getBucketLocation(b -> b.bucket(bucket)));
                recorder.call("s3", "GetBucketEncryption", n, () -> s3.getBucketEncryption(b -> b.bucket(bucket)));
                recorder.call("s3", "GetPublicAccessBlock", n, () -> s3.getPublicAccessBlock(b -> b.bucket(bucket)));
                recorder.call("s3", "GetBucketPolicyStatus", n,
                        () -> s3.getBucketPolicyStatus(b -> b.bucket(bucket)));
                recorder.call("s3", "GetBucketVersioning", n, () -> s3.getBucketVersioning(b -> b.bucket(bucket)));
                recorder.call("s3", "GetBucketLogging", n, () -> s3.getBucketLogging(b -> b.bucket(bucket)));
            }
            recorder.call("s3control", "GetPublicAccessBlock",
                    () -> control.getPublicAccessBlock(b -> b.accountId(session.accountId())));
        }
    }
}
