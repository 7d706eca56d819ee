package io.demarc.inventory.webhook;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Push delivery of AWS Config change notifications to {@code /api/v1/webhooks/...}. */
@ConfigMapping(prefix = "demarc.inventory.webhooks")
public interface WebhookConfig {

    /** Largest body a webhook accepts, in bytes: an SNS message or an EventBridge event is at most 256 KB. */
    @WithDefault("524288")
    int maxBodyBytes();

    Sns sns();

    interface Sns {

        /** Timeout of fetching a signing certificate or confirming a subscription. */
        @WithDefault("PT5S")
        Duration fetchTimeout();

        /** Signing certificates kept in memory; AWS rotates them rarely, so a handful per region is plenty. */
        @WithDefault("64")
        int certificateCacheSize();

        /**
         * Tests only: URLs starting with this prefix are trusted as signing-certificate and subscribe URLs besides
         * {@code https://sns.<region>.amazonaws.com/...}, so a test can serve its own certificate from a local stub.
         * Never set it in production: whoever serves that prefix could sign notifications.
         */
        Optional<String> testTrustedUrlPrefix();
    }
}
