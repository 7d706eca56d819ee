package io.demarc.assessment.exception.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.demarc.contracts.ExceptionChanged.State;

/** One change of an exception: who moved it to which state, when, and why. Rows are never updated or deleted. */
@Entity
@Table(name = "exception_audit")
public class ExceptionAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "exception_id", nullable = false, updatable = false)
    public String exceptionId;

    /** The state the change led to. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public State action;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public Instant at;

    @Column(updatable = false)
    public String note;

    public static ExceptionAuditEntry of(RiskException exception, String actor, Instant at, String note) {
        ExceptionAuditEntry entry = new ExceptionAuditEntry();
        entry.tenantId = exception.tenantId;
        entry.exceptionId = exception.id;
        entry.action = exception.state;
        entry.actor = actor;
        entry.at = at;
        entry.note = note;
        return entry;
    }
}
