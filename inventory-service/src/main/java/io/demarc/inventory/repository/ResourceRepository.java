package io.demarc.inventory.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.inventory.model.Resource;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Queries on the {@code resource} table; every one is scoped to a tenant. */
@ApplicationScoped
public class ResourceRepository implements PanacheRepository<Resource> {

    /** Ids per look-up query, well below PostgreSQL's bind parameter limit. */
    private static final int LOOKUP_CHUNK = 500;

    /**
     * Serializes the writers of one tenant's resources until the transaction ends, so two imports of the same resource
     * cannot both find it absent and both insert it.
     */
    public void lockTenant(String tenantId) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "inventory.resource/" + tenantId).getSingleResult();
    }

    /** The stored resources with the given keys. */
    public Map<ResourceKey, Resource> findByKeys(String tenantId, Collection<ResourceKey> keys) {
        Map<ResourceKey, Resource> found = new HashMap<>();
        List<ResourceKey> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<ResourceKey> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            Set<String> types = chunk.stream().map(ResourceKey::resourceType).collect(Collectors.toSet());
            Set<String> ids = chunk.stream().map(ResourceKey::resourceId).collect(Collectors.toSet());
            list("tenantId = ?1 and resourceType in ?2 and resourceId in ?3", tenantId, types, ids)
                    .forEach(resource -> found.put(keyOf(resource), resource));
        }
        found.keySet().retainAll(new HashSet<>(keys));
        return found;
    }

    /** A tenant's resources, filtered when a filter value is given, by type, then id. */
    public PanacheQuery<Resource> findByTenant(String tenantId, String resourceType, String accountId) {
        StringBuilder query = new StringBuilder("tenantId = :tenantId");
        Parameters parameters = Parameters.with("tenantId", tenantId);
        if (resourceType != null) {
            query.append(" and resourceType = :resourceType");
            parameters.and("resourceType", resourceType);
        }
        if (accountId != null) {
            query.append(" and accountId = :accountId");
            parameters.and("accountId", accountId);
        }
        return find(query.toString(), Sort.by("resourceType").and("resourceId").and("id"), parameters);
    }

    public Optional<Resource> findByTenantAndId(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    private static ResourceKey keyOf(Resource resource) {
        return new ResourceKey(resource.accountId, resource.awsRegion, resource.resourceType, resource.resourceId);
    }
}
