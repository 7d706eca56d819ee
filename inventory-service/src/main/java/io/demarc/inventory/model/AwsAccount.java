package io.demarc.inventory.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An AWS account of a tenant, collected through the read-only role {@code DemarcReadOnly} it hosts. */
@Entity
@Table(name = "aws_account")
public class AwsAccount {

    /** The 12-digit AWS account id; an account belongs to one tenant only. */
    @Id
    @Column(name = "account_id")
    public String accountId;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(nullable = false)
    public String name;

    /** production, staging, development or other. */
    @Column(nullable = false)
    public String environment;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> regions;

    @Column(name = "collection_interval_seconds", nullable = false)
    public long collectionIntervalSeconds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;

    /** Why the last AssumeRole failed; empty unless FAILING. */
    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    public Instant statusChangedAt;

    @Column(name = "last_verified_at")
    public Instant lastVerifiedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
