package io.demarc.assessment.drift.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An approved baseline of a tenant or of one of its accounts; its items are in {@code baseline_item}. */
@Entity
@Table(name = "baseline")
public class Baseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** Null for a tenant-wide baseline. */
    @Column(name = "account_id")
    public String accountId;

    public String note;

    @Column(name = "approved_by", nullable = false)
    public String approvedBy;

    @Column(name = "approved_at", nullable = false)
    public Instant approvedAt;

    @Column(name = "resource_count", nullable = false)
    public int resourceCount;
}
