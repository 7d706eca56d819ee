package io.demarc.assessment.exception.mapping;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.exception.model.ExceptionAuditEntry;
import io.demarc.assessment.exception.model.RiskException;
import io.demarc.assessment.exception.rest.AuditEntryView;
import io.demarc.assessment.exception.rest.ExceptionView;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.ExceptionChanged.State;

/** Between stored exceptions and their API views and events. */
@ApplicationScoped
public class ExceptionMapper {

    public ExceptionView toView(RiskException exception, Instant now) {
        return new ExceptionView(exception.id, exception.state, exception.coversAt(now), exception.controlId,
                exception.findingId, exception.scope(), exception.justification, exception.requestedBy,
                exception.requestedAt, exception.decidedBy, exception.decidedAt, exception.expiresAt,
                exception.changedBy, exception.changedAt);
    }

    public AuditEntryView toView(ExceptionAuditEntry entry) {
        return new AuditEntryView(entry.action, entry.actor, entry.at, entry.note);
    }

    public ExceptionChanged toEvent(RiskException exception) {
        boolean approved = exception.decidedBy != null && exception.state != State.REJECTED;
        return new ExceptionChanged(exception.tenantId, exception.id, exception.state, exception.controlId,
                exception.findingId, exception.scope(), exception.justification, exception.requestedBy,
                exception.requestedAt, approved ? exception.decidedBy : null,
                approved ? exception.decidedAt : null, exception.expiresAt, exception.changedBy,
                exception.changedAt);
    }
}
