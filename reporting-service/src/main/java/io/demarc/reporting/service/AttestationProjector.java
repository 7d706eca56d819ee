package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.AttestationChanged;
import io.demarc.reporting.model.Attestation;
import io.demarc.reporting.repository.AttestationRepository;

/** Keeps each attestation in its latest state; a withdrawn one stays, marked, for the audit trail. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AttestationProjector {

    @Inject
    AttestationRepository attestations;

    public void apply(String tenantId, AttestationChanged change) {
        Attestation attestation = attestations.findByKey(tenantId, change.attestationId()).orElse(null);
        if (attestation == null) {
            attestation = new Attestation();
            attestation.tenantId = tenantId;
            attestation.attestationId = change.attestationId();
        } else if (attestation.changedAt != null && change.changedAt() != null
                && change.changedAt().isBefore(attestation.changedAt)) {
            return;
        }
        attestation.framework = change.framework();
        attestation.requirementId = change.requirementId();
        attestation.withdrawn = change.change() == AttestationChanged.Change.WITHDRAWN;
        if (!attestation.withdrawn || change.validFrom() != null) {
            attestation.statement = change.statement();
            attestation.attestor = change.attestor();
            attestation.evidenceFileName = change.evidenceFileName();
            attestation.evidenceSha256 = change.evidenceSha256();
            attestation.validFrom = change.validFrom();
            attestation.validUntil = change.validUntil();
        }
        attestation.changedAt = change.changedAt();
        if (attestation.id == null) {
            attestations.persist(attestation);
        }
    }
}
