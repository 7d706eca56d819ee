package io.demarc.inventory.api;

import java.time.Instant;

/**
 * A configuration item AWS Config announced but did not deliver, being too large for a notification: fetch it with
 * GetResourceConfigHistory (or from {@code s3Location}) and import it. Settled, and no longer listed, once an item at
 * least as new is stored.
 *
 * @param source how the notification came: SNS or EVENTBRIDGE
 */
public record PendingFetchView(long id, String accountId, String awsRegion, String resourceType, String resourceId,
        Instant configurationItemCaptureTime, String configurationStateId, String changeType, String s3Location,
        String source, Instant receivedAt) {
}
