package io.demarc.assessment.framework.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.framework.model.AttestationEvidence;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttestationEvidenceRepository implements PanacheRepositoryBase<AttestationEvidence, String> {

    public Optional<AttestationEvidence> findInTenant(String tenantId, String attestationId) {
        return find("tenantId = ?1 and attestationId = ?2", tenantId, attestationId).firstResultOptional();
    }
}
