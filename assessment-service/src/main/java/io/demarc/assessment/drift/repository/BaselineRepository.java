package io.demarc.assessment.drift.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.drift.model.Baseline;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BaselineRepository implements PanacheRepositoryBase<Baseline, Long> {

    /** The resource's configuration in the newest baseline that holds it, with that baseline's id. */
    public record BaselineConfiguration(long baselineId, String configuration) {
    }

    public Optional<Baseline> findInTenant(String tenantId, long id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    /** Newest first, {@code limit} rows after id {@code afterId} (null: from the newest). */
    public List<Baseline> page(String tenantId, Long afterId, int limit) {
        return find("tenantId = ?1 and id < ?2 order by id desc", tenantId, afterId == null ? Long.MAX_VALUE : afterId)
                .page(0, limit).list();
    }

    /**
     * Copies the configuration of every live resource in scope (the assessment's latest items) into the baseline,
     * inside the database: a large tenant's items never pass through the JVM. Returns how many were copied.
     */
    public int snapshot(Baseline baseline) {
        String accountFilter = baseline.accountId == null ? "" : " and account_id = :account";
        var insert = getEntityManager().createNativeQuery("insert into baseline_item (tenant_id, resource_key,"
                + " baseline_id, configuration, item_capture_time) select tenant_id, resource_key, :baseline,"
                + " item -> 'configuration', item_capture_time from resource_item where tenant_id = :tenant"
                + " and not deleted" + accountFilter)
                .setParameter("baseline", baseline.id).setParameter("tenant", baseline.tenantId);
        if (baseline.accountId != null) {
            insert.setParameter("account", baseline.accountId);
        }
        return insert.executeUpdate();
    }

    public Optional<BaselineConfiguration> configurationOf(String tenantId, String resourceKey) {
        List<?> rows = getEntityManager().createNativeQuery("select baseline_id, cast(configuration as text)"
                + " from baseline_item where tenant_id = ?1 and resource_key = ?2 order by baseline_id desc limit 1")
                .setParameter(1, tenantId).setParameter(2, resourceKey).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(row -> new BaselineConfiguration(((Number) row[0]).longValue(), (String) row[1]))
                .findFirst();
    }
}
