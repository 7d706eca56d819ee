package io.demarc.inventory.model;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resource of a tenant as inventory knows it: the newest configuration item received for it, with the fields that
 * identify and order it copied into columns. Field names follow the configuration item's.
 */
@Entity
@Table(name = "resource")
public class Resource {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resource_seq")
    // Ids 50 at a time: an import (ResourceRows, which draws from this generator) asks the sequence once per 50 rows.
    @SequenceGenerator(name = "resource_seq", sequenceName = "resource_seq", allocationSize = 50)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(name = "aws_region", updatable = false)
    public String awsRegion;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public String resourceId;

    @Column(name = "resource_name")
    public String resourceName;

    public String arn;

    @Column(name = "capture_time", nullable = false)
    public Instant configurationItemCaptureTime;

    @Column(name = "state_id")
    public String configurationStateId;

    @Column(name = "item_status")
    public String configurationItemStatus;

    @Column(nullable = false)
    public boolean deleted;

    /**
     * Loaded on first use, where the item itself is needed (details, history); imports compare and write rows in plain
     * SQL ({@code ResourceRows}). Never changed in place, so Hibernate need not snapshot it (a serialize-and-parse copy per
     * item) nor compare it node by node.
     */
    @Basic(fetch = FetchType.LAZY)
    @Mutability(Immutability.class)
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JsonNode item;

    @Column(name = "item_hash", nullable = false)
    public String itemHash;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
