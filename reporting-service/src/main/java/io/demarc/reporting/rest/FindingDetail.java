package io.demarc.reporting.rest;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;

/**
 * One finding with the evidence behind it.
 *
 * @param itemHash SHA-256 of the configuration item that was evaluated, to match it with inventory's copy
 * @param evidence the fields of the item the decision used
 */
public record FindingDetail(
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
        Instant itemCaptureTime,
        String itemHash,
        JsonNode evidence,
        String remediation) {
}
