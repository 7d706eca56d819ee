package io.demarc.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.FindingStatus;

/**
 * One finding in full: what the decision rested on and every change of its status.
 *
 * @param message why the control did not apply, or what failed for ERROR
 * @param evidence the fields the decision used, the evaluated item's hash and capture time
 * @param timeline every change of status, oldest first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FindingDetail(
        @JsonUnwrapped FindingView finding,
        String message,
        JsonNode evidence,
        String itemHash,
        Instant itemCaptureTime,
        String remediation,
        Map<String, List<String>> references,
        List<StatusChange> timeline) {

    /** @param previousStatus null for the first evaluation */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(FindingStatus previousStatus, FindingStatus status, Instant at) {
    }
}
