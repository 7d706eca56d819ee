package io.demarc.inventory.collect;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Live collection from AWS. No credentials here: the MSP's come from the AWS SDK's default provider chain. */
@ConfigMapping(prefix = "demarc.aws")
public interface CollectorConfig {

    /** One URL for every AWS service (a local stub speaking AWS's wire formats, in tests); unset in production. */
    Optional<URI> endpointOverride();

    /** The region of STS and of the global services (IAM, the S3 bucket list). */
    @WithDefault("us-east-1")
    String region();

    Collector collector();

    Aggregator aggregator();

    /** How collection calls AWS. */
    interface Collector {

        /** Attempts per call, throttled attempts included (adaptive retry mode). */
        @WithDefault("5")
        int maxAttempts();

        /** The time one call may take, its retries included. */
        @WithDefault("PT60S")
        Duration callTimeout();

        /** Services to collect; all when unset (iam, s3, ec2, cloudtrail, kms, rds, lambda, eks, ...). */
        Optional<Set<String>> services();

        /** How often scheduled runs look for accounts due; {@code off} disables them. */
        @WithDefault("5m")
        String schedule();
    }

    /** How imports from an AWS Config aggregator call it. */
    interface Aggregator {

        /** Further BatchGetAggregateResourceConfig calls for keys AWS left unprocessed, before they are counted. */
        @WithDefault("3")
        int unprocessedRetries();

        /** The pause before the first of those calls; it doubles for each further one. */
        @WithDefault("PT1S")
        Duration unprocessedDelay();
    }
}
