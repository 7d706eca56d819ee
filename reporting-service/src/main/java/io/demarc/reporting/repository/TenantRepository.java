package io.demarc.reporting.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The tenants any event has named, for views across tenants (MSP rollup, nightly snapshots). */
@ApplicationScoped
public class TenantRepository {

    @Inject
    EntityManager em;

    public void remember(String tenantId, Instant seenAt) {
        em.createNativeQuery("insert into tenant (tenant_id, first_seen) values (?1, ?2) on conflict do nothing")
                .setParameter(1, tenantId).setParameter(2, seenAt).executeUpdate();
    }

    /** Up to {@code limit} tenant ids after {@code after} (null for the first), in id order. */
    public List<String> page(String after, int limit) {
        return em.createNativeQuery("select tenant_id from tenant where tenant_id > ?1 order by tenant_id limit ?2",
                String.class).setParameter(1, after == null ? "" : after).setParameter(2, limit).getResultList();
    }
}
