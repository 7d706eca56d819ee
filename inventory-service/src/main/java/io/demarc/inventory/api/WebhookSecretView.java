package io.demarc.inventory.api;

import java.time.Instant;

/**
 * A new secret of an account's EventBridge API destination, shown this once: Demarc keeps only its hash.
 *
 * @param header the HTTP header the API destination's connection must send the secret in (API key authorization)
 * @param endpoint the path to deliver to, below Demarc's public base URL
 */
public record WebhookSecretView(String accountId, String header, String secret, String endpoint,
        Instant createdAt) {

    /** Without the secret, so that no log line or exception message can carry it. */
    @Override
    public String toString() {
        return "WebhookSecretView[" + accountId + ", " + createdAt + "]";
    }
}
