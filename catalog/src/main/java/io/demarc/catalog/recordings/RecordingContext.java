package io.demarc.catalog.recordings;

import java.time.Instant;

/**
 * What the caller knows about a recording, used only where the data does not say: the AWS account and region it was
 * recorded in, and when. All optional.
 *
 * @param accountId 12 digits, or {@code null}
 * @param region {@code us-east-1}, or {@code null}
 * @param capturedAt the capture time of every item, or {@code null} to take it from the recording (the responses'
 *        HTTP dates, else the files' times)
 */
public record RecordingContext(String accountId, String region, Instant capturedAt) {

    public static RecordingContext of(String accountId, String region) {
        return new RecordingContext(accountId, region, null);
    }

    public RecordingContext {
        if (accountId != null && !accountId.matches("\\d{12}")) {
            throw new InvalidRecordingException("accountId must be 12 digits, got \"" + accountId + "\"");
        }
        if (region != null && !region.matches("[a-z]{2}(-[a-z]+)+-\\d")) {
            throw new InvalidRecordingException("region must look like us-east-1, got \"" + region + "\"");
        }
    }
}
