package io.demarc.ownership.model;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A tenant started using a resource type: when, and which customer duties came with it. */
@Entity
@Immutable
@Table(name = "duty_arrival")
public class DutyArrival {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "resource_type", nullable = false)
    public String resourceType;

    /** IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN. */
    @Column(name = "service_model", nullable = false)
    public String serviceModel;

    @Column(name = "arrived_at", nullable = false)
    public Instant arrivedAt;

    /** The CUSTOMER and SHARED domains of the type. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "new_duties", nullable = false, columnDefinition = "text[]")
    public List<String> newDuties;
}
