package io.demarc.ownership.model;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ResourceRef;

/** A resource a tenant runs (or ran, if deleted), reduced to what ownership needs to know about it. */
@Entity
@Table(name = "tenant_resource")
public class TenantResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    /** {@code account/region/type/id}: unique within the tenant. */
    @Column(name = "resource_key", nullable = false, updatable = false)
    public String resourceKey;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(name = "aws_region", updatable = false)
    public String awsRegion;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public String resourceId;

    /** From the latest item; RESOURCE scopes may name a resource by it. */
    public String arn;

    /** From the latest item; TAG scopes select resources by them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, String> tags = Map.of();

    @Column(nullable = false)
    public boolean deleted;

    /** Capture time of the oldest item seen for this resource. */
    @Column(name = "first_seen_at", nullable = false)
    public Instant firstSeenAt;

    /** Capture time of the item the current state comes from. */
    @Column(name = "last_capture_time", nullable = false)
    public Instant lastCaptureTime;

    /** {@code configurationStateId} of that item: orders two items captured at the same time. */
    @Column(name = "last_state_id")
    public String lastStateId;

    public ResourceRef ref() {
        return new ResourceRef(accountId, awsRegion, resourceType, resourceId, arn);
    }

    /** The {@code resource_key} of a resource; an item without a region (old AWS Config items) gets an empty one. */
    public static String keyOf(ResourceKey key) {
        return String.join("/", key.accountId(), key.awsRegion() == null ? "" : key.awsRegion(), key.resourceType(),
                key.resourceId());
    }
}
