package io.demarc.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The result of one control on one resource changed (or was seen for the first time). Assessment emits it only when
 * the status differs from the previous evaluation, so a replay of unchanged inventory produces no events.
 *
 * @param findingId stable id of the (control, resource) pair
 * @param previousStatus null on the first evaluation
 * @param evidence the fields the decision used
 * @param itemHash SHA-256 of the configuration item that was evaluated
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingChanged(
        String tenantId,
        String findingId,
        String controlId,
        String controlTitle,
        Severity severity,
        FindingStatus status,
        FindingStatus previousStatus,
        ResourceRef resource,
        Instant evaluatedAt,
        Instant itemCaptureTime,
        String itemHash,
        JsonNode evidence,
        String remediation) {

    public static final String TYPE = "io.demarc.assessment.finding.changed.v1";
}
