package io.demarc.inventory.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

/** An earlier version of a resource, kept when a newer item replaced it. Written by SQL only, read here. */
@Entity
@Table(name = "resource_version")
public class ResourceVersion {

    @Id
    public Long id;

    /** The {@link Resource} row this was a version of. */
    @Column(name = "version_of", nullable = false)
    public Long versionOf;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "capture_time", nullable = false)
    public Instant configurationItemCaptureTime;

    @Column(name = "state_id")
    public String configurationStateId;

    @Column(name = "item_status")
    public String configurationItemStatus;

    @Column(nullable = false)
    public boolean deleted;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public JsonNode item;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;

    @Column(name = "replaced_at", nullable = false)
    public Instant replacedAt;
}
