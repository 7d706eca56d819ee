package io.demarc.assessment.drift.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.demarc.contracts.ResourceRef;

/** One configuration item that departed from its resource's baseline. */
@Entity
@Table(name = "drift")
public class Drift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "baseline_id", nullable = false)
    public Long baselineId;

    @Column(name = "resource_key", nullable = false)
    public String resourceKey;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "aws_region")
    public String awsRegion;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    public String arn;

    /** JSON text of the RFC 6902 patch from the baseline configuration to the item's. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String patch;

    @Column(name = "item_hash", nullable = false)
    public String itemHash;

    @Column(name = "item_capture_time")
    public Instant itemCaptureTime;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    public ResourceRef resource() {
        return new ResourceRef(accountId, awsRegion, resourceType, resourceId, arn);
    }
}
