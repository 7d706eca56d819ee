package io.demarc.assessment.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One owner assignment of a tenant, as ownership-service last announced it. */
@Entity
@Table(name = "owner_assignment")
@IdClass(OwnerAssignmentId.class)
public class OwnerAssignment {

    @Id
    @Column(name = "tenant_id")
    public String tenantId;

    @Id
    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(nullable = false)
    public String domain;

    /** JSON of {@link io.demarc.contracts.Assignment}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String assignment;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
