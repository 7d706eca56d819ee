package io.demarc.reporting.rest;

import java.time.Instant;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;

/** A finding as listed: what failed or passed, where, and since when; evidence is in {@link FindingDetail}. */
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
        Instant statusChangedAt) {
}
