package io.demarc.assessment.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.demarc.contracts.FindingStatus;

/** One change of status of a finding: a point on its timeline. */
@Entity
@Table(name = "status_flip")
public class StatusFlip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "finding_id", nullable = false)
    public String findingId;

    /** Null for the first evaluation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public FindingStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @Column(name = "flipped_at", nullable = false)
    public Instant flippedAt;
}
