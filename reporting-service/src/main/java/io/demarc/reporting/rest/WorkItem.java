package io.demarc.reporting.rest;

import java.time.Instant;

import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;

/**
 * An open failure waiting for its owner: what to fix, where, since when and how.
 *
 * @param failingSince when this run of failures began; the queue's age order
 */
public record WorkItem(String findingId, String controlId, String controlTitle, Severity severity, String domain,
        ResourceRef resource, Instant failingSince, String remediation) {
}
