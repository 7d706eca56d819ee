package io.demarc.assessment.drift.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.drift.model.Drift;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DriftRepository implements PanacheRepositoryBase<Drift, Long> {

    /** The newest drift recorded for the resource. */
    public Optional<Drift> latestOf(String tenantId, String resourceKey) {
        return find("tenantId = ?1 and resourceKey = ?2 order by id desc", tenantId, resourceKey)
                .firstResultOptional();
    }

    public Optional<Drift> findInTenant(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** Newest first, {@code limit} rows after id {@code afterId} (null: from the newest). */
    public List<Drift> search(String tenantId, DriftFilter filter, Long afterId, int limit) {
        List<String> where = new ArrayList<>(List.of("tenantId = :tenant"));
        Map<String, Object> values = new HashMap<>(Map.of("tenant", tenantId));
        add(where, values, "accountId", filter.accountId());
        add(where, values, "awsRegion", filter.region());
        add(where, values, "resourceType", filter.resourceType());
        add(where, values, "resourceId", filter.resourceId());
        add(where, values, "baselineId", filter.baselineId());
        if (afterId != null) {
            where.add("id < :after");
            values.put("after", afterId);
        }
        return find(String.join(" and ", where) + " order by id desc", values).page(0, limit).list();
    }

    private static void add(List<String> where, Map<String, Object> values, String field, Object value) {
        if (value != null) {
            where.add(field + " = :" + field);
            values.put(field, value);
        }
    }
}
