package io.demarc.reporting.evidence.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One requested evidence package of a tenant for a framework and a period: the job, its progress and its result. */
@Entity
@Table(name = "evidence_package")
public class EvidencePackage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "package_id", nullable = false, updatable = false)
    public UUID packageId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false, updatable = false)
    public String framework;

    @Column(name = "period_from", nullable = false, updatable = false)
    public LocalDate periodFrom;

    @Column(name = "period_to", nullable = false, updatable = false)
    public LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EvidencePackageStatus status;

    @Column(name = "steps_done", nullable = false)
    public int stepsDone;

    @Column(name = "steps_total", nullable = false)
    public int stepsTotal;

    /** What the job is doing now, e.g. {@code findings.csv}. */
    @Column(name = "current_step")
    public String currentStep;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public Instant requestedAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "progress_at", nullable = false)
    public Instant progressAt;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    /** SHA-256 of the whole ZIP, so a downloaded copy can be compared with the stored one. */
    public String sha256;

    @Column(nullable = false)
    public boolean signed;
}
