package io.demarc.assessment.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A control one tenant wrote, stored as accepted at upload. */
@Entity
@Table(name = "custom_control")
@IdClass(CustomControlRowId.class)
public class CustomControlRow {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "control_id")
    public String controlId;

    /** JSON of {@link io.demarc.catalog.controls.Control}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String definition;

    @Column(nullable = false)
    public int revision;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
