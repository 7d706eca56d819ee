package io.demarc.inventory.api;

import java.time.Instant;

/**
 * One service of one account in one region ({@code global} for IAM and S3) within a run.
 *
 * @param status PENDING, RUNNING, SUCCEEDED, FAILED or SKIPPED (region not enabled in the account)
 * @param error AWS's error of each failed call, or why the step could not run
 * @param recording where the raw AWS answers of the step can be downloaded, once it ran
 */
public record CollectionStepView(long id, String accountId, String region, String service, String status,
        String error, CollectionCounts counts, Instant startedAt, Instant finishedAt, String recording) {
}
