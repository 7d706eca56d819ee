package io.demarc.assessment.exception.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.contracts.ExceptionChanged.State;

/** One line of an exception's audit trail. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntryView(State action, String actor, Instant at, String note) {
}
