package io.demarc.reporting.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Severity;
import io.demarc.contracts.TeamRef;

/**
 * One finding with the evidence behind it.
 *
 * @param itemHash SHA-256 of the configuration item that was evaluated, to match it with inventory's copy
 * @param evidence the fields of the item the decision used
 * @param references requirement ids per framework key that the control cites
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
        String remediation,
        String domain,
        TeamRef owner,
        boolean unowned,
        Map<String, List<String>> references,
        String exceptionId,
        Instant exceptionExpiresAt) {
}
