package io.demarc.inventory.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An MSP client. Its id is the alias of its Keycloak Organization, the value of the tokens' organization claim. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    public String id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TenantStatus status;

    /** The sts:ExternalId of the tenant's cross-account roles. Never logged; shown only in onboarding answers. */
    @Column(name = "external_id", nullable = false, updatable = false)
    public String externalId;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Without the ExternalId, so that no log line or exception message can carry it. */
    @Override
    public String toString() {
        return "Tenant[" + id + ", " + status + "]";
    }
}
