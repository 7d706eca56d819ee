package io.demarc.reporting.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.model.Attestation;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AttestationRepository implements PanacheRepository<Attestation> {

    public Optional<Attestation> findByKey(String tenantId, String attestationId) {
        return find("tenantId = ?1 and attestationId = ?2", tenantId, attestationId).firstResultOptional();
    }

    /** Attestations of a tenant that hold on {@code day}. */
    public List<Attestation> validOn(String tenantId, LocalDate day) {
        return list("tenantId = ?1 and withdrawn = false and validFrom <= ?2 and validUntil >= ?2", tenantId, day);
    }
}
