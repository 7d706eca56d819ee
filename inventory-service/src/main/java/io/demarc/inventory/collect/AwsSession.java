package io.demarc.inventory.collect;

import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * The assumed role of one account in one region: builds the SDK clients a service collector needs. The caller closes
 * the clients it asked for ({@link ServiceCollector}s use try-with-resources).
 */
record AwsSession(String accountId, Region region, AwsCredentialsProvider credentials, AwsClients clients) {

    <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(Supplier<B> builder) {
        return clients.build(builder.get(), credentials, region);
    }
}
