package io.demarc.reporting.rest;

import java.time.Instant;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;

/**
 * A finding as listed: what failed or passed, where, and since when; evidence is in {@link FindingDetail}.
 *
 * @param owner the team responsible for it; null when unowned
 * @param exceptionId the approved exception accepting its risk; null when none
 * @param domain the responsibility domain of the control, which decides the owner
 */
public record FindingSummary(
        String findingId,
        String controlId,
        String controlTitle,
        Severity severity,
        FindingStatus status,
        FindingStatus previousStatus,
        ResourceRef resource,
        Instant evaluatedAt,
        Instant firstSeenAt,
        Instant statusChangedAt,
        TeamRef owner,
        boolean unowned,
        String exceptionId,
        String domain) {
}
