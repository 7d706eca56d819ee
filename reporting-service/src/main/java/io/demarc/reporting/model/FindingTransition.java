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

/** A finding started failing or stopped: the history trends count per day and time to remediate is measured on. */
@Entity
@Table(name = "finding_transition")
public class FindingTransition {

    /** OPENED when a finding becomes FAIL; CLOSED when a failing finding becomes anything else. */
    public enum Kind {
        OPENED, CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "finding_id", nullable = false, updatable = false)
    public String findingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Kind kind;

    /** A CLOSED transition to PASS; a failure that turned NOT_APPLICABLE (resource gone) was not remediated. */
    @Column(nullable = false, updatable = false)
    public boolean remediated;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;

    /** For CLOSED: when the run of failures began. */
    @Column(name = "failing_since", updatable = false)
    public Instant failingSince;
}
