package io.demarc.assessment.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.demarc.assessment.model.ResourceItem;
import io.demarc.assessment.model.ResourceItemId;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ResourceItemRepository implements PanacheRepositoryBase<ResourceItem, ResourceItemId> {

    private static final int KEYS_PER_QUERY = 1_000;

    /**
     * The stored item of one resource, locked until the transaction ends: a re-evaluation and a new item of the same
     * resource then take turns instead of overwriting each other's verdicts.
     */
    public Optional<ResourceItem> findForUpdate(String tenantId, String resourceKey) {
        return findByIdOptional(new ResourceItemId(tenantId, resourceKey), LockModeType.PESSIMISTIC_WRITE);
    }

    /** The tenant's live resources of any of these types, whatever the letter case of the stored type. */
    public List<ResourceItem> liveOfTypes(String tenantId, Collection<String> resourceTypes) {
        List<String> lower = resourceTypes.stream().map(type -> type.toLowerCase(Locale.ROOT)).distinct().toList();
        return list("tenantId = ?1 and lower(resourceType) in ?2 and deleted = false order by resourceKey", tenantId,
                lower);
    }

    /** The first {@code limit} of the tenant's live resources of any of these types, in resource order. */
    public List<ResourceItem> liveOfTypes(String tenantId, Collection<String> resourceTypes, int limit) {
        List<String> lower = resourceTypes.stream().map(type -> type.toLowerCase(Locale.ROOT)).distinct().toList();
        return find("tenantId = ?1 and lower(resourceType) in ?2 and deleted = false order by resourceKey", tenantId,
                lower).page(0, limit).list();
    }

    /** The tenant's live resources of one account, every region, of these types (lower-case). */
    public List<ResourceItem> liveOfAccount(String tenantId, String accountId, Collection<String> lowerCaseTypes) {
        return list("tenantId = ?1 and accountId = ?2 and lower(resourceType) in ?3 and deleted = false"
                + " order by resourceKey", tenantId, accountId, lowerCaseTypes);
    }

    /** The regions the tenant has live resources of the account in, global pseudo-regions left out. */
    public List<String> regionsOf(String tenantId, String accountId, Collection<String> globalRegions) {
        return getEntityManager().createQuery("select distinct r.awsRegion from ResourceItem r where r.tenantId = ?1"
                + " and r.accountId = ?2 and r.deleted = false and r.awsRegion is not null"
                + " and r.awsRegion not in ?3 order by r.awsRegion", String.class).setParameter(1, tenantId)
                .setParameter(2, accountId).setParameter(3, globalRegions).getResultList();
    }

    /**
     * A batch of the tenant's live items last evaluated with another catalog version, locked; rows others hold are
     * skipped.
     */
    @SuppressWarnings("unchecked")
    public List<ResourceItem> staleBatch(String tenantId, String catalogVersion, int size) {
        return getEntityManager().createNativeQuery("select * from resource_item where tenant_id = ?1"
                + " and catalog_version <> ?2 and not deleted order by resource_key limit ?3 for update skip locked",
                ResourceItem.class).setParameter(1, tenantId).setParameter(2, catalogVersion).setParameter(3, size)
                .getResultList();
    }

    /** How many live items each tenant has that were last evaluated with another catalog version. */
    public Map<String, Long> countStaleByTenant(String catalogVersion) {
        Map<String, Long> stale = new TreeMap<>();
        getEntityManager().createQuery("select r.tenantId, count(r) from ResourceItem r where r.catalogVersion <> ?1"
                + " and r.deleted = false group by r.tenantId", Object[].class).setParameter(1, catalogVersion)
                .getResultList().forEach(row -> stale.put((String) row[0], ((Number) row[1]).longValue()));
        return stale;
    }

    /** The stored items of these resources of a tenant. */
    public List<ResourceItem> ofKeys(String tenantId, Collection<String> resourceKeys) {
        List<String> keys = List.copyOf(resourceKeys);
        List<ResourceItem> found = new ArrayList<>();
        // In chunks: PostgreSQL takes at most 32,767 parameters per statement.
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            found.addAll(list("tenantId = ?1 and resourceKey in ?2", tenantId,
                    keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))));
        }
        return found;
    }
}
