package io.demarc.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One domain of one resource type of a tenant: who carries it and which team owns the customer's part. */
@Entity
@Table(name = "matrix_cell")
public class MatrixCellRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "resource_type", nullable = false, updatable = false)
    public String resourceType;

    @Column(nullable = false, updatable = false)
    public String domain;

    @Column(nullable = false)
    public String side;

    @Column(name = "control_class")
    public String controlClass;

    @Column(name = "owner_team_id")
    public String ownerTeamId;

    @Column(name = "owner_name")
    public String ownerName;

    @Column(name = "owner_email")
    public String ownerEmail;

    /** A CUSTOMER or SHARED duty nobody owns. */
    @Column(nullable = false)
    public boolean unowned;
}
