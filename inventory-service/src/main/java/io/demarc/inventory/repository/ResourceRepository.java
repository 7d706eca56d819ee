package io.demarc.inventory.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import io.demarc.inventory.model.Resource;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

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

    /**
     * Copies the current versions of these resources into {@code resource_version}, before they are replaced. Runs in
     * the database, so the items are not read into the JVM nor parsed again.
     */
    public void keepVersions(String tenantId, List<Long> resourceIds) {
        for (int from = 0; from < resourceIds.size(); from += LOOKUP_CHUNK) {
            getEntityManager().createNativeQuery("insert into resource_version (version_of, tenant_id, capture_time,"
                    + " state_id, item_status, deleted, item, item_hash, stored_at, replaced_at) select id, tenant_id,"
                    + " capture_time, state_id, item_status, deleted, item, item_hash, updated_at, now() from resource"
                    + " where tenant_id = :tenantId and id in (:ids)").setParameter("tenantId", tenantId)
                    .setParameter("ids", resourceIds.subList(from, Math.min(resourceIds.size(), from + LOOKUP_CHUNK)))
                    .executeUpdate();
        }
    }

    /**
     * One page of a tenant's resources by type, resource id and row id, continuing after {@code after} (null for the
     * first page). Native SQL: the tag filter reads the jsonb item.
     */
    public List<ResourceListRow> list(String tenantId, ResourceFilter filter, ListPosition after, int limit) {
        StringBuilder sql = new StringBuilder("select id, account_id, aws_region, resource_type, resource_id,"
                + " resource_name, arn, capture_time, state_id, item_status, deleted, updated_at from resource"
                + " where tenant_id = :tenantId");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("tenantId", tenantId);
        narrow(sql, parameters, "account_id = :accountId", "accountId", filter.accountId());
        narrow(sql, parameters, "aws_region = :awsRegion", "awsRegion", filter.awsRegion());
        narrow(sql, parameters, "resource_type = :resourceType", "resourceType", filter.resourceType());
        narrow(sql, parameters, "resource_type in (:types)", "types", filter.resourceTypes());
        narrow(sql, parameters, "resource_type not in (:excluded)", "excluded", filter.excludedTypes());
        if (filter.tagKey() != null) {
            sql.append(" and (item -> 'tags' ->> :tagKey) = :tagValue");
            parameters.put("tagKey", filter.tagKey());
            parameters.put("tagValue", filter.tagValue());
        }
        if (after != null) {
            sql.append(" and (resource_type > :afterType or (resource_type = :afterType and (resource_id > :afterId"
                    + " or (resource_id = :afterId and id > :afterRow))))");
            parameters.put("afterType", after.resourceType());
            parameters.put("afterId", after.resourceId());
            parameters.put("afterRow", after.id());
        }
        sql.append(" order by resource_type, resource_id, id limit :limit");
        parameters.put("limit", limit);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(ResourceRepository::listRow).toList();
    }

    /** Where a listing page ended: the sort key of its last row. */
    public record ListPosition(String resourceType, String resourceId, long id) {
    }

    /** How many of the tenant's resources have each type, for the types {@code known} leaves out. */
    public Map<String, Long> countTypesNotIn(String tenantId, Set<String> known) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select resource_type, count(*) from resource"
                + " where tenant_id = :tenantId and resource_type not in (:known) group by resource_type")
                .setParameter("tenantId", tenantId).setParameter("known", known).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], NativeRows.number(row[1])));
        return counts;
    }

    private static void narrow(StringBuilder sql, Map<String, Object> parameters, String condition, String name,
            Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            parameters.put(name, value);
        }
    }

    private static ResourceListRow listRow(Object[] row) {
        return new ResourceListRow(NativeRows.number(row[0]), (String) row[1], (String) row[2], (String) row[3],
                (String) row[4], (String) row[5], (String) row[6], NativeRows.instant(row[7]), (String) row[8],
                (String) row[9], (Boolean) row[10], NativeRows.instant(row[11]));
    }

    public Optional<Resource> findByTenantAndId(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }
}
