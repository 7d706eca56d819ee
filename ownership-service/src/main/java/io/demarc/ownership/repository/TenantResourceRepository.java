package io.demarc.ownership.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.ownership.model.ResourceTypeUsage;
import io.demarc.ownership.model.TenantResource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

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

    /** One type the tenant has at least one existing resource of, whatever the letter case of its name. */
    public Optional<ResourceTypeUsage> resourceTypeInUse(String tenantId, String resourceType) {
        return getEntityManager().createQuery("select new io.demarc.ownership.model.ResourceTypeUsage("
                + "r.resourceType, " + EXISTING + ", min(r.firstSeenAt)) from TenantResource r"
                + " where r.tenantId = :tenantId and upper(r.resourceType) = upper(:resourceType)"
                + " group by r.resourceType having " + EXISTING + " > 0", ResourceTypeUsage.class)
                .setParameter("tenantId", tenantId)
                .setParameter("resourceType", resourceType)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    public long countResourceTypesInUse(String tenantId) {
        return getEntityManager().createQuery("select count(distinct r.resourceType) from TenantResource r"
                + " where r.tenantId = :tenantId and r.deleted = false", Long.class)
                .setParameter("tenantId", tenantId)
                .getSingleResult();
    }

    /** Whether the tenant has at least one existing resource of the type, whatever the letter case of its name. */
    public boolean usesType(String tenantId, String resourceType) {
        return count("tenantId = ?1 and deleted = false and upper(resourceType) = upper(?2)", tenantId,
                resourceType) > 0;
    }

    /** The names of the types in use, as the items spelled them. */
    public List<String> typeNamesInUse(String tenantId) {
        return getEntityManager().createQuery("select distinct r.resourceType from TenantResource r"
                + " where r.tenantId = :tenantId and r.deleted = false", String.class)
                .setParameter("tenantId", tenantId)
                .getResultList();
    }

    /** The resources that exist now, by key. */
    public List<TenantResource> existing(String tenantId) {
        return list("tenantId = ?1 and deleted = false", Sort.by("resourceKey"), tenantId);
    }

    /** An existing resource that carries both tags, the first by key; what makes two tag selectors a tie. */
    public Optional<TenantResource> firstTaggedWithBoth(String tenantId, String key1, String value1, String key2,
            String value2) {
        List<?> ids = getEntityManager().createNativeQuery("select id from tenant_resource where tenant_id = ?1"
                + " and deleted = false and tags ->> ?2 = ?3 and tags ->> ?4 = ?5 order by resource_key limit 1")
                .setParameter(1, tenantId).setParameter(2, key1).setParameter(3, value1)
                .setParameter(4, key2).setParameter(5, value2)
                .getResultList();
        return ids.stream().findFirst().map(id -> findById(((Number) id).longValue()));
    }
}
