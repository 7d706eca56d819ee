package io.demarc.assessment.exception.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.ExceptionChanged.State;

/**
 * A risk acceptance: one finding, or one control at a scope, accepted until {@link #expiresAt}. Named so as not to
 * clash with {@link java.lang.Exception}; the API and the events call it an exception.
 */
@Entity
@Table(name = "risk_exception")
public class RiskException {

    @Id
    public String id;

    /** Assigned by the database; orders lists newest first and backs their cursor. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "control_id", nullable = false)
    public String controlId;

    @Column(name = "finding_id")
    public String findingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind")
    public AssignmentScope.Kind scopeKind;

    @Column(name = "scope_value")
    public String scopeValue;

    @Column(nullable = false)
    public String justification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    /** Who approved or rejected it. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The scope it covers; null when it covers one finding. */
    public AssignmentScope scope() {
        return scopeKind == null ? null : new AssignmentScope(scopeKind, scopeValue);
    }

    /** Whether it accepts risk at that instant: approved and not yet expired. */
    public boolean coversAt(Instant at) {
        return state == State.APPROVED && at.isBefore(expiresAt);
    }
}
