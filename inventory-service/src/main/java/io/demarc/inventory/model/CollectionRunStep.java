package io.demarc.inventory.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One service of one account in one region ({@value #GLOBAL} for services collected once per account) within a run:
 * its outcome and counts. {@code items + deleted = stored + unchanged + stale}.
 */
@Entity
@Table(name = "collection_run_step")
public class CollectionRunStep {

    public static final String GLOBAL = "global";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_run_step_seq")
    @SequenceGenerator(name = "collection_run_step_seq", sequenceName = "collection_run_step_seq", allocationSize = 50)
    public Long id;

    @Column(name = "run_id", nullable = false, updatable = false)
    public long runId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(nullable = false, updatable = false)
    public String region;

    @Column(nullable = false, updatable = false)
    public String service;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollectionRunStepStatus status;

    /** What went wrong: AWS's error of each failed call, or why the step could not run. */
    public String error;

    /** AWS API calls made (retries of one call count once). */
    public int calls;

    @Column(name = "failed_calls")
    public int failedCalls;

    /** Configuration items the answers were normalized into. */
    public int items;

    /** Items and deletions that changed what is stored (each announced by one event). */
    public int stored;

    public int unchanged;

    public int stale;

    /** Stored resources the step no longer saw, marked deleted (only after an error-free step). */
    public int deleted;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
