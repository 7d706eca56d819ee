package io.demarc.reporting.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Live resources per tenant, account and type ({@code resource_tally}), kept by atomic increments. */
@ApplicationScoped
public class ResourceTallyRepository {

    /** How many live resources of one type. */
    public record TypeCount(String resourceType, long count) {
    }

    @Inject
    EntityManager em;

    public void add(String tenantId, String accountId, String resourceType, int delta) {
        em.createNativeQuery("insert into resource_tally (tenant_id, account_id, resource_type, live)"
                + " values (?1, ?2, ?3, ?4) on conflict (tenant_id, account_id, resource_type)"
                + " do update set live = resource_tally.live + excluded.live")
                .setParameter(1, tenantId).setParameter(2, accountId).setParameter(3, resourceType)
                .setParameter(4, delta).executeUpdate();
    }

    /** Types with at least one live resource, by name; one account when {@code accountId} is given. */
    public List<TypeCount> byType(String tenantId, String accountId) {
        String sql = "select resource_type, sum(live) from resource_tally where tenant_id = ?1"
                + (accountId == null ? "" : " and account_id = ?2")
                + " group by resource_type having sum(live) > 0 order by resource_type";
        var query = em.createNativeQuery(sql).setParameter(1, tenantId);
        if (accountId != null) {
            query.setParameter(2, accountId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new TypeCount((String) row[0], ((Number) row[1]).longValue())).toList();
    }

    /** Recomputes a tenant's counters from the resource rows. */
    public void recount(String tenantId) {
        em.createNativeQuery("delete from resource_tally where tenant_id = ?1").setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("insert into resource_tally (tenant_id, account_id, resource_type, live)"
                + " select tenant_id, account_id, resource_type, count(*) from resource"
                + " where tenant_id = ?1 and not deleted group by tenant_id, account_id, resource_type")
                .setParameter(1, tenantId).executeUpdate();
    }
}
