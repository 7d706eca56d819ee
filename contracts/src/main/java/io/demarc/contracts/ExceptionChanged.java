package io.demarc.contracts;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A risk acceptance was requested, approved, rejected, revoked or expired. An exception covers one finding or a
 * control at a scope; only an APPROVED one that has not expired suppresses findings.
 *
 * @param findingId set when the exception covers one finding
 * @param scope set when it covers the control at a scope (whole tenant, account, type, tag or resource)
 * @param approvedBy a tenant-admin other than the requester (four eyes); null until approved
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExceptionChanged(
        String tenantId,
        String exceptionId,
        State state,
        String controlId,
        String findingId,
        AssignmentScope scope,
        String justification,
        String requestedBy,
        Instant requestedAt,
        String approvedBy,
        Instant approvedAt,
        Instant expiresAt,
        String changedBy,
        Instant changedAt) implements EventData {

    public static final String TYPE = "io.demarc.assessment.exception.changed.v1";

    public enum State {
        REQUESTED, APPROVED, REJECTED, REVOKED, EXPIRED
    }

    /** {@code changedAt} orders the state changes of one exception, so it is needed although the schema omits it. */
    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(exceptionId, "exceptionId");
        Fields.require(state, "state");
        Fields.require(changedAt, "changedAt");
    }
}
