package io.demarc.reporting.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A resource inventory reported, without its configuration: enough to count it and order its updates. */
@Entity
@Table(name = "resource")
public class ResourceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    /** Empty for items without a region, so the natural key has no nulls. */
    @Column(name = "aws_region", nullable = false, updatable = false)
    public String awsRegion;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public String resourceId;

    @Column(name = "capture_time")
    public Instant captureTime;

    @Column(name = "state_id")
    public String stateId;

    @Column(nullable = false)
    public boolean deleted;
}
