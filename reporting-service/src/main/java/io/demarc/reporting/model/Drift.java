package io.demarc.reporting.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/** A resource's departure from its approved baseline, as assessment detected it. */
@Entity
@Table(name = "drift")
public class Drift {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "drift_id", nullable = false, updatable = false)
    public String driftId;

    @Column(name = "baseline_id")
    public String baselineId;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "aws_region")
    public String awsRegion;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    public String arn;

    /** RFC 6902 patch from the baseline configuration to the drifted one. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode patch;

    @Column(name = "item_hash")
    public String itemHash;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;
}
