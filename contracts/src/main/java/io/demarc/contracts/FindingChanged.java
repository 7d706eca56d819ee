package io.demarc.contracts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The result of one control on one resource changed (or was seen for the first time), or what surrounds it did: its
 * owner or an exception covering it. Assessment emits nothing when a replay leaves all of that unchanged.
 *
 * @param findingId stable id of the (control, resource) pair
 * @param previousStatus null on the first evaluation
 * @param evidence the fields the decision used
 * @param itemHash SHA-256 of the configuration item that was evaluated
 * @param domain the responsibility domain of the control, which decides the owner
 * @param owner the RESPONSIBLE team for that domain and resource; null when nobody owns it
 * @param unowned true when the finding has no owner
 * @param firstSeen when the finding was first evaluated
 * @param lastSeen when it was last evaluated (equals evaluatedAt)
 * @param references requirement ids per framework key, copied from the control so consumers need no catalog lookup
 * @param exceptionId the approved, unexpired exception that accepts this finding's risk; null when none
 * @param exceptionExpiresAt when that exception ends
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
        String remediation,
        String domain,
        TeamRef owner,
        boolean unowned,
        Instant firstSeen,
        Instant lastSeen,
        Map<String, List<String>> references,
        String exceptionId,
        Instant exceptionExpiresAt) implements EventData {

    public static final String TYPE = "io.demarc.assessment.finding.changed.v1";

    /** A finding whose owner, history and exceptions are not known yet (ownership not consulted). */
    public FindingChanged(String tenantId, String findingId, String controlId, String controlTitle,
            Severity severity, FindingStatus status, FindingStatus previousStatus, ResourceRef resource,
            Instant evaluatedAt, Instant itemCaptureTime, String itemHash, JsonNode evidence, String remediation) {
        this(tenantId, findingId, controlId, controlTitle, severity, status, previousStatus, resource, evaluatedAt,
                itemCaptureTime, itemHash, evidence, remediation, null, null, true, evaluatedAt, evaluatedAt, null,
                null, null);
    }

    public FindingChanged {
        references = references == null ? Map.of() : Map.copyOf(references);
    }

    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(findingId, "findingId");
        Fields.require(controlId, "controlId");
        Fields.require(severity, "severity");
        Fields.require(status, "status");
        Fields.require(evaluatedAt, "evaluatedAt");
        Fields.requireResource(resource, "resource");
    }

    /** Whether the finding counts against the tenant: failing and not covered by an exception. */
    public boolean open() {
        return status == FindingStatus.FAIL && exceptionId == null;
    }
}
