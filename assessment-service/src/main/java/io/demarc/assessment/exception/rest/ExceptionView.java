package io.demarc.assessment.exception.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.ExceptionChanged.State;

/**
 * An exception as the API shows it.
 *
 * @param active whether it suppresses findings right now: approved and not expired
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExceptionView(
        String id,
        State state,
        boolean active,
        String controlId,
        String findingId,
        AssignmentScope scope,
        String justification,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        Instant expiresAt,
        String changedBy,
        Instant changedAt) {
}
