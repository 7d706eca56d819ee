package io.demarc.assessment.exception.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.assessment.exception.mapping.ExceptionMapper;
import io.demarc.assessment.exception.model.ExceptionAuditEntry;
import io.demarc.assessment.exception.model.RiskException;
import io.demarc.assessment.exception.repository.ExceptionAuditRepository;
import io.demarc.assessment.exception.repository.RiskExceptionRepository;
import io.demarc.assessment.exception.rest.ExceptionRequest;
import io.demarc.assessment.governance.Problems;
import io.demarc.assessment.service.FindingRefresh;
import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.ExceptionChanged.State;
import io.demarc.contracts.Topics;
import io.demarc.service.outbox.Outbox;
import io.demarc.service.rest.HttpProblems;

/**
 * The life of an exception: requested, then approved or rejected by a second person, then revoked or expired. Each
 * change is audited, announced through the outbox and, where it changes what is covered, re-announces the affected
 * findings, all in one transaction.
 */
@ApplicationScoped
@Transactional
public class ExceptionService {

    static final String SOURCE = "/demarc/assessment-service/exceptions";
    /** The actor of changes nobody made by hand. */
    public static final String EXPIRY_ACTOR = "demarc:expiry";
    private static final Logger LOG = Logger.getLogger(ExceptionService.class);

    @Inject
    RiskExceptionRepository exceptions;

    @Inject
    ExceptionAuditRepository audit;

    @Inject
    ExceptionRequestRules rules;

    @Inject
    ExceptionMapper mapper;

    @Inject
    Outbox outbox;

    @Inject
    FindingRefresh findings;

    public RiskException request(String tenantId, ExceptionRequest request, String requester, Instant now) {
        String controlId = rules.check(tenantId, request, now);
        RiskException exception = new RiskException();
        exception.id = UUID.randomUUID().toString();
        exception.tenantId = tenantId;
        exception.controlId = controlId;
        exception.findingId = request.findingId();
        AssignmentScope scope = request.scope();
        if (scope != null) {
            exception.scopeKind = scope.kind();
            exception.scopeValue = scope.kind() == AssignmentScope.Kind.TENANT ? null : scope.value();
        }
        exception.justification = request.justification().strip();
        exception.state = State.REQUESTED;
        exception.requestedBy = requester;
        exception.requestedAt = now;
        exception.expiresAt = request.expiresAt();
        exception.changedBy = requester;
        exception.changedAt = now;
        // Flushed now: the audit row, whose key the database assigns on insert, refers to this one.
        exceptions.persistAndFlush(exception);
        record(exception, requester, now, exception.justification);
        return exception;
    }

    /** Four eyes: the approver must not be the requester. */
    public RiskException approve(String tenantId, String id, String approver, String note, Instant now) {
        RiskException exception = decide(tenantId, id, approver, State.APPROVED, now);
        record(exception, approver, now, note);
        findings.refresh(tenantId, exception.controlId);
        return exception;
    }

    /** Four eyes as for approval: a requester withdraws a request by asking someone else to reject it. */
    public RiskException reject(String tenantId, String id, String decider, String note, Instant now) {
        RiskException exception = decide(tenantId, id, decider, State.REJECTED, now);
        record(exception, decider, now, note);
        return exception;
    }

    /** Ends a pending or approved exception before its expiry; approved findings reopen at once. */
    public RiskException revoke(String tenantId, String id, String actor, String note, Instant now) {
        RiskException exception = locked(tenantId, id);
        State before = exception.state;
        if (before != State.REQUESTED && before != State.APPROVED) {
            throw HttpProblems.conflict("exception " + id + " is " + before + "; only a REQUESTED or APPROVED one can"
                    + " be revoked");
        }
        change(exception, State.REVOKED, actor, now);
        record(exception, actor, now, note);
        if (before == State.APPROVED) {
            findings.refresh(tenantId, exception.controlId);
        }
        return exception;
    }

    /** The tenants with an exception to expire at {@code now}: the expiry job's list, read across tenants. */
    public List<String> tenantsWithDue(Instant now) {
        return exceptions.tenantsWithDue(now);
    }

    /**
     * Closes up to {@code max} of the tenant's pending or approved exceptions whose expiry is at or before
     * {@code now}: state EXPIRED, audited, announced, and the findings they covered re-announced. Returns how many
     * expired.
     */
    public int expireDue(String tenantId, Instant now, int max) {
        List<RiskException> due = exceptions.lockDue(tenantId, now, max);
        for (RiskException exception : due) {
            State before = exception.state;
            change(exception, State.EXPIRED, EXPIRY_ACTOR, now);
            record(exception, EXPIRY_ACTOR, now, "expired at " + exception.expiresAt);
            if (before == State.APPROVED) {
                findings.refresh(exception.tenantId, exception.controlId);
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Expired %d exception(s) of tenant %s", due.size(), tenantId);
        }
        return due.size();
    }

    private RiskException decide(String tenantId, String id, String decider, State decision, Instant now) {
        RiskException exception = locked(tenantId, id);
        if (exception.state != State.REQUESTED) {
            throw HttpProblems.conflict("exception " + id + " is " + exception.state + "; only a REQUESTED one can be "
                    + (decision == State.APPROVED ? "approved" : "rejected"));
        }
        if (decider.equals(exception.requestedBy)) {
            throw HttpProblems.forbidden("Four eyes", "exception " + id + " was requested by you; another tenant-admin"
                    + " must " + (decision == State.APPROVED ? "approve" : "reject") + " it");
        }
        if (decision == State.APPROVED && !exception.expiresAt.isAfter(now)) {
            throw HttpProblems.conflict("exception " + id + " expired at " + exception.expiresAt
                    + " before it was approved; request a new one");
        }
        change(exception, decision, decider, now);
        exception.decidedBy = decider;
        exception.decidedAt = now;
        return exception;
    }

    private RiskException locked(String tenantId, String id) {
        return exceptions.lockInTenant(tenantId, id)
                .orElseThrow(() -> HttpProblems.notFound("no exception '" + Problems.echo(id) + "' in this tenant"));
    }

    private static void change(RiskException exception, State state, String actor, Instant now) {
        exception.state = state;
        exception.changedBy = actor;
        exception.changedAt = now;
    }

    /** Audits the change and announces it, in the caller's transaction. */
    private void record(RiskException exception, String actor, Instant now, String note) {
        audit.persist(ExceptionAuditEntry.of(exception, actor, now, note));
        CloudEvent<ExceptionChanged> event = EventCodec.envelope(SOURCE, ExceptionChanged.TYPE, exception.tenantId,
                exception.id, mapper.toEvent(exception));
        outbox.append(Topics.ASSESSMENT_FINDINGS, EventKeys.forTenant(exception.tenantId), event);
    }
}
