package io.demarc.reporting.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.demarc.contracts.AssignmentScope;
import io.demarc.contracts.ExceptionChanged;

/** A risk acceptance as assessment last reported it (requested, approved, rejected, revoked or expired). */
@Entity
@Table(name = "risk_exception")
public class RiskException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "exception_id", nullable = false, updatable = false)
    public String exceptionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExceptionChanged.State state;

    @Column(name = "control_id")
    public String controlId;

    @Column(name = "finding_id")
    public String findingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_kind")
    public AssignmentScope.Kind scopeKind;

    @Column(name = "scope_value")
    public String scopeValue;

    public String justification;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "changed_at")
    public Instant changedAt;
}
