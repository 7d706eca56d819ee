package io.demarc.ownership.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.ResourceTypeUsage;
import io.demarc.ownership.model.TenantResource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class TenantResourceRepository implements PanacheRepository<TenantResource> {

    private static final String EXISTING = "sum(case when r.deleted = false then 1 else 0 end)";

    public Optional<TenantResource> findByKey(String tenantId, String resourceKey) {
        return find("tenantId = ?1 and resourceKey = ?2", tenantId, resourceKey).firstResultOptional();
    }

    /** The types the tenant has at least one existing resource of, ordered by type name. */
    public List<ResourceTypeUsage> resourceTypesInUse(String tenantId, int offset, int limit) {
        return getEntityManager().createQuery("select new io.demarc.ownership.model.ResourceTypeUsage("
                + "r.resourceType, " + EXISTING + ", min(r.firstSeenAt)) from TenantResource r"
                + " where r.tenantId = :tenantId group by r.resourceType having " + EXISTING + " > 0"
                + " order by r.resourceType", ResourceTypeUsage.class)
                .setParameter("tenantId", tenantId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countResourceTypesInUse(String tenantId) {
        return getEntityManager().createQuery("select count(distinct r.resourceType) from TenantResource r"
                + " where r.tenantId = :tenantId and r.deleted = false", Long.class)
                .setParameter("tenantId", tenantId)
                .getSingleResult();
    }
}
