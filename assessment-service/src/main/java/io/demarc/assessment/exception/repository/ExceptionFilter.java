package io.demarc.assessment.exception.repository;

import io.demarc.contracts.ExceptionChanged.State;

/** Filters of the exception list; a null field does not filter. */
public record ExceptionFilter(State state, String controlId, String findingId, String requestedBy) {
}
