package io.demarc.reporting.rest;

import java.time.Instant;
import java.util.Map;

import io.demarc.contracts.Severity;

/**
 * One team's queue of open failures (failing, no exception), or the {@value #UNOWNED} queue of those nobody owns.
 *
 * @param teamId the owning team, or {@value #UNOWNED}
 * @param oldestFailingSince when the oldest open failure of the queue began
 */
public record WorkQueueSummary(String teamId, String teamName, long open, Map<Severity, Long> bySeverity,
        Instant oldestFailingSince) {

    /** The queue id of findings without an owner. */
    public static final String UNOWNED = "unowned";
}
