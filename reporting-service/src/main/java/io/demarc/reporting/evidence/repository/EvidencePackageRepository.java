package io.demarc.reporting.evidence.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.reporting.evidence.model.EvidencePackage;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class EvidencePackageRepository implements PanacheRepository<EvidencePackage> {

    public Optional<EvidencePackage> findByTenantAndId(String tenantId, UUID packageId) {
        return find("tenantId = ?1 and packageId = ?2", tenantId, packageId).firstResultOptional();
    }

    public Optional<EvidencePackage> findByPackageId(UUID packageId) {
        return find("packageId", packageId).firstResultOptional();
    }

    /** Newest first, continuing below {@code beforeSeq} when it is given; {@code limit} rows at most. */
    public List<EvidencePackage> page(String tenantId, Long beforeSeq, int limit) {
        var query = beforeSeq == null
                ? find("tenantId = ?1", Sort.descending("seq"), tenantId)
                : find("tenantId = ?1 and seq < ?2", Sort.descending("seq"), tenantId, beforeSeq);
        return query.range(0, limit - 1).list();
    }
}
