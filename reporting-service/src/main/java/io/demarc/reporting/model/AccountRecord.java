package io.demarc.reporting.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An AWS account of a tenant as inventory last described it. */
@Entity
@Table(name = "account")
public class AccountRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public String accountId;

    public String name;

    public String environment;

    public String status;

    @Column(nullable = false)
    public boolean removed;

    @Column(name = "changed_at")
    public Instant changedAt;
}
