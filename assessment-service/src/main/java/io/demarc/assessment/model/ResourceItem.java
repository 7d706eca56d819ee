package io.demarc.assessment.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.demarc.contracts.ResourceRef;

/** The latest configuration item of one resource of a tenant: what re-evaluation and owner resolution work from. */
@Entity
@Table(name = "resource_item")
@IdClass(ResourceItemId.class)
public class ResourceItem {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    /** See {@link ResourceKeys}. */
    @Id
    @Column(name = "resource_key")
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

    /** JSON object of the resource's tags. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String tags;

    /** JSON of the whole {@link io.demarc.contracts.ConfigurationItem}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String item;

    @Column(name = "item_capture_time")
    public Instant itemCaptureTime;

    @Column(name = "configuration_state_id")
    public String configurationStateId;

    @Column(nullable = false)
    public boolean deleted;

    @Column(name = "catalog_version", nullable = false)
    public String catalogVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public ResourceRef resource() {
        return new ResourceRef(accountId, awsRegion, resourceType, resourceId, arn);
    }
}
