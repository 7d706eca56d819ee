package io.demarc.reporting.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;

/** The latest known result of one control on one resource of one tenant, as assessment last reported it. */
@Entity
@Table(name = "finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "finding_id", nullable = false, updatable = false)
    public String findingId;

    @Column(name = "control_id", nullable = false)
    public String controlId;

    @Column(name = "control_title")
    public String controlTitle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FindingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status")
    public FindingStatus previousStatus;

    @Column(name = "account_id", nullable = false)
    public String accountId;

    @Column(name = "aws_region")
    public String awsRegion;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false)
    public String resourceId;

    public String arn;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(name = "item_capture_time")
    public Instant itemCaptureTime;

    @Column(name = "item_hash")
    public String itemHash;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public JsonNode evidence;

    public String remediation;

    @Column(name = "first_seen_at", nullable = false, updatable = false)
    public Instant firstSeenAt;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    /** The responsibility domain of the control, which decides the owner. */
    public String domain;

    @Column(name = "owner_team_id")
    public String ownerTeamId;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    @Column(nullable = false)
    public boolean unowned;

    /** Requirement ids per framework key, as the control cites them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "framework_refs", columnDefinition = "jsonb")
    public Map<String, List<String>> references;

    @Column(name = "exception_id")
    public String exceptionId;

    @Column(name = "exception_expires_at")
    public Instant exceptionExpiresAt;

    /** 0 for CRITICAL to 4 for INFORMATIONAL; computed by the database, for ordering and paging work queues. */
    @Column(name = "severity_rank", insertable = false, updatable = false)
    public Short severityRank;

    /** When the current run of failures began; null unless the finding fails now. */
    @Column(name = "failing_since")
    public Instant failingSince;
}
