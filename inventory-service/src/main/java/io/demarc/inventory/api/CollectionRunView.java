package io.demarc.inventory.api;

import java.time.Instant;
import java.util.List;

/**
 * A collection run.
 *
 * @param status QUEUED, RUNNING, SUCCEEDED, PARTIAL (some step failed) or FAILED (no step worked)
 * @param trigger REQUESTED or SCHEDULED
 * @param progress steps done of all steps
 * @param counts the sums of the steps' counts
 * @param steps per account, region and service; left out of list pages
 */
public record CollectionRunView(long id, String status, String trigger, String requestedBy, Instant createdAt,
        Instant startedAt, Instant finishedAt, Progress progress, CollectionCounts counts,
        List<CollectionStepView> steps) {

    /** Steps done (succeeded, failed or skipped) of all steps. */
    public record Progress(int done, int total) {
    }
}
