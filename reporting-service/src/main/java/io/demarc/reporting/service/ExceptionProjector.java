package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.ExceptionChanged;
import io.demarc.reporting.model.RiskException;
import io.demarc.reporting.repository.ExceptionRepository;

/**
 * Keeps each risk acceptance in its latest state. Which findings an exception suppresses is not decided here:
 * assessment re-emits each covered finding with the exception id, and the finding projector counts that.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ExceptionProjector {

    @Inject
    ExceptionRepository exceptions;

    public void apply(String tenantId, ExceptionChanged change) {
        RiskException exception = exceptions.findByKey(tenantId, change.exceptionId()).orElse(null);
        if (exception == null) {
            exception = new RiskException();
            exception.tenantId = tenantId;
            exception.exceptionId = change.exceptionId();
        } else if (exception.changedAt != null && change.changedAt().isBefore(exception.changedAt)) {
            return;
        }
        exception.state = change.state();
        exception.controlId = change.controlId();
        exception.findingId = change.findingId();
        exception.scopeKind = change.scope() == null ? null : change.scope().kind();
        exception.scopeValue = change.scope() == null ? null : change.scope().value();
        exception.justification = change.justification();
        exception.requestedBy = change.requestedBy();
        exception.requestedAt = change.requestedAt();
        exception.approvedBy = change.approvedBy();
        exception.approvedAt = change.approvedAt();
        exception.expiresAt = change.expiresAt();
        exception.changedAt = change.changedAt();
        if (exception.id == null) {
            exceptions.persist(exception);
        }
    }
}
