package io.demarc.assessment.framework.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

/** A tenant's statement that it meets one framework requirement, for a period, with an evidence file. */
@Entity
@Table(name = "attestation")
public class Attestation {

    @Id
    public String id;

    /** Assigned by the database; orders lists newest first and backs their cursor. */
    @Generated
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String framework;

    @Column(name = "requirement_id", nullable = false)
    public String requirementId;

    @Column(nullable = false)
    public String statement;

    /** Who vouches for the statement (may differ from who uploaded it). */
    @Column(nullable = false)
    public String attestor;

    @Column(name = "evidence_file_name", nullable = false)
    public String evidenceFileName;

    @Column(name = "evidence_content_type", nullable = false)
    public String evidenceContentType;

    @Column(name = "evidence_size", nullable = false)
    public long evidenceSize;

    @Column(name = "evidence_sha256", nullable = false)
    public String evidenceSha256;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    /** Whether it proves the requirement on that day: not withdrawn, and the day within its validity. */
    public boolean validOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
