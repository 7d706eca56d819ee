package io.demarc.reporting.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant's statement that it meets a manual requirement, with the evidence file's hash and a validity period. */
@Entity
@Table(name = "attestation")
public class Attestation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;

    @Column(name = "attestation_id", nullable = false, updatable = false)
    public String attestationId;

    @Column(nullable = false)
    public String framework;

    @Column(name = "requirement_id", nullable = false)
    public String requirementId;

    public String statement;

    public String attestor;

    @Column(name = "evidence_file_name")
    public String evidenceFileName;

    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(nullable = false)
    public boolean withdrawn;

    @Column(name = "changed_at")
    public Instant changedAt;

    /** Whether it holds on the given day: recorded, not withdrawn, and inside its validity period. */
    public boolean validOn(LocalDate day) {
        return !withdrawn && validFrom != null && validUntil != null && !day.isBefore(validFrom)
                && !day.isAfter(validUntil);
    }
}
