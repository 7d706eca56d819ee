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

/** One live collection of some of a tenant's AWS accounts; its steps hold the outcomes and the counts. */
@Entity
@Table(name = "collection_run")
public class CollectionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "collection_run_seq")
    @SequenceGenerator(name = "collection_run_seq", sequenceName = "collection_run_seq", allocationSize = 1)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public CollectionRunTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CollectionRunStatus status;

    /** The user who asked for it; empty for scheduled runs. */
    @Column(name = "requested_by", updatable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
