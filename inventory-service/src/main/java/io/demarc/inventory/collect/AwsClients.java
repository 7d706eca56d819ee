package io.demarc.inventory.collect;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3control.S3ControlClientBuilder;

/**
 * Builds the AWS SDK clients of collection: one shared blocking HTTP client, adaptive retries (backoff and client-side
 * rate limiting when AWS throttles), and the endpoint override that points every client at a local stand-in in tests.
 * The MSP's own credentials come from the SDK's default provider chain (environment, system properties, web identity,
 * instance or pod role); none are ever configured in properties.
 */
@ApplicationScoped
public class AwsClients {

    @Inject
    CollectorConfig config;

    private final SdkHttpClient http = UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(10))
            .socketTimeout(Duration.ofSeconds(30)).build();
    private volatile AwsCredentialsProvider mspCredentials;

    public Region defaultRegion() {
        return Region.of(config.region());
    }

    /** The MSP's own credentials: they assume tenants' roles and read Config aggregators. */
    public AwsCredentialsProvider mspCredentials() {
        if (mspCredentials == null) {
            mspCredentials = DefaultCredentialsProvider.builder().build();
        }
        return mspCredentials;
    }

    /** A client of the given credentials and region; the caller closes it. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C build(B builder,
            AwsCredentialsProvider credentials, Region region) {
        builder.httpClient(http).credentialsProvider(credentials).region(region)
                .overrideConfiguration(o -> o.retryStrategy(retries()).apiCallTimeout(config.collector().callTimeout())
                        // With an override, "<account>.<host>" would not resolve: S3 Control must call the host as is.
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION,
                                config.endpointOverride().isPresent()));
        config.endpointOverride().ifPresent(builder::endpointOverride);
        if (builder instanceof S3ControlClientBuilder control && config.endpointOverride().isPresent()) {
            // S3 Control's endpoint rules put the account id in front of any host: a stub gets the URL as it is.
            Endpoint stub = Endpoint.builder().url(config.endpointOverride().get()).build();
            control.endpointProvider(params -> CompletableFuture.completedFuture(stub));
        }
        if (builder instanceof S3ClientBuilder s3) {
            // A stub cannot answer for "<bucket>.<host>": bucket names go in the path instead.
            s3.forcePathStyle(config.endpointOverride().isPresent());
        }
        return builder.build();
    }

    /** AWS's adaptive mode (RetryMode.ADAPTIVE_V2): backoff with jitter, slowed further while AWS throttles. */
    private RetryStrategy retries() {
        return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder().maxAttempts(config.collector().maxAttempts())
                .build();
    }

    @PreDestroy
    void close() {
        http.close();
    }
}
