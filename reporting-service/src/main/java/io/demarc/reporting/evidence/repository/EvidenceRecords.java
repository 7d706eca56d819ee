package io.demarc.reporting.evidence.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.demarc.reporting.model.Attestation;
import io.demarc.reporting.model.RiskException;

/** Read-only queries over the exception and attestation read models, narrowed to a package's period. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvidenceRecords {

    @Inject
    EntityManager em;

    /** Exceptions requested before the period ended and not expired before it began, whatever their state now. */
    public List<RiskException> exceptions(String tenantId, Instant periodStart, Instant periodEnd) {
        return em.createQuery("from RiskException where tenantId = ?1 and (requestedAt is null or requestedAt < ?2)"
                + " and (expiresAt is null or expiresAt >= ?3) order by exceptionId", RiskException.class)
                .setParameter(1, tenantId).setParameter(2, periodEnd).setParameter(3, periodStart)
                .getResultList();
    }

    /** Attestations of the framework whose validity overlaps the period, withdrawn ones included (and marked). */
    public List<Attestation> attestations(String tenantId, String framework, LocalDate from, LocalDate to) {
        return em.createQuery("from Attestation where tenantId = ?1 and framework = ?2"
                + " and (validFrom is null or validFrom <= ?3) and (validUntil is null or validUntil >= ?4)"
                + " order by requirementId, attestationId", Attestation.class)
                .setParameter(1, tenantId).setParameter(2, framework).setParameter(3, to).setParameter(4, from)
                .getResultList();
    }
}
