package io.demarc.reporting.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's posture in one framework as it stood on one day. */
@Entity
@Table(name = "posture_snapshot")
public class PostureSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false, updatable = false)
    public LocalDate day;

    @Column(nullable = false, updatable = false)
    public String framework;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int inherited;

    @Column(nullable = false)
    public int passing;

    @Column(nullable = false)
    public int failing;

    @Column(nullable = false)
    public int attested;

    @Column(nullable = false)
    public int unattested;

    @Column(name = "not_assessed", nullable = false)
    public int notAssessed;

    @Column(nullable = false)
    public BigDecimal score;

    @Column(name = "taken_at", nullable = false)
    public Instant takenAt;
}
