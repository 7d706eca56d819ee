package io.demarc.assessment.framework.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of an attestation's evidence file, exactly as uploaded. */
@Entity
@Table(name = "attestation_evidence")
public class AttestationEvidence {

    @Id
    @Column(name = "attestation_id")
    public String attestationId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public byte[] content;
}
