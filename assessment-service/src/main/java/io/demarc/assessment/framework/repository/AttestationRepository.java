package io.demarc.assessment.framework.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.demarc.assessment.framework.model.Attestation;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttestationRepository implements PanacheRepositoryBase<Attestation, String> {

    public Optional<Attestation> findInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public Optional<Attestation> lockInTenant(String tenantId, String id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    /** Every attestation of the framework that was not withdrawn, to derive each requirement's status. */
    public List<Attestation> standing(String tenantId, String framework) {
        return list("tenantId = ?1 and framework = ?2 and withdrawnAt is null", tenantId, framework);
    }

    /** Newest first, {@code limit} rows after sequence {@code afterSeq} (null: from the newest). */
    public List<Attestation> ofRequirement(String tenantId, String framework, String requirementId, Long afterSeq,
            int limit) {
        return find("tenantId = ?1 and framework = ?2 and requirementId = ?3 and seq < ?4 order by seq desc",
                tenantId, framework, requirementId, afterSeq == null ? Long.MAX_VALUE : afterSeq).page(0, limit)
                .list();
    }
}
