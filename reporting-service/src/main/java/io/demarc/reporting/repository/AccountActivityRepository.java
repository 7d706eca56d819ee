package io.demarc.reporting.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * When data of each account last arrived ({@code account_activity}), and the health of each tenant's accounts that
 * the MSP rollup shows: accounts whose role is failing and accounts whose data is stale.
 */
@ApplicationScoped
public class AccountActivityRepository {

    /** The accounts of one tenant that are not removed, and of those how many fail and how many are stale. */
    public record AccountHealth(long accounts, long failing, long stale) {
        public static final AccountHealth NONE = new AccountHealth(0, 0, 0);
    }

    @Inject
    EntityManager em;

    /**
     * Notes that data of the account arrived at {@code at}. Writes at most once a minute per account: an update that
     * would move the time by less changes nothing and locks nothing, so a bulk import does not queue on one row.
     */
    public void heardFrom(String tenantId, String accountId, Instant at) {
        int updated = em.createNativeQuery("update account_activity set last_data_at = ?3"
                + " where tenant_id = ?1 and account_id = ?2 and last_data_at < ?4")
                .setParameter(1, tenantId).setParameter(2, accountId).setParameter(3, at)
                .setParameter(4, at.minusSeconds(60)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into account_activity (tenant_id, account_id, last_data_at)"
                    + " values (?1, ?2, ?3) on conflict (tenant_id, account_id) do nothing")
                    .setParameter(1, tenantId).setParameter(2, accountId).setParameter(3, at).executeUpdate();
        }
    }

    /**
     * Per tenant of {@code tenantIds}: its registered accounts (not removed), those whose role inventory reported
     * FAILING, and those from which no data arrived since {@code staleBefore} (or never).
     */
    public Map<String, AccountHealth> health(Collection<String> tenantIds, Instant staleBefore) {
        Map<String, AccountHealth> health = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return health;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.tenant_id, count(*),"
                + " count(*) filter (where a.status = 'FAILING'),"
                + " count(*) filter (where d.last_data_at is null or d.last_data_at < ?2)"
                + " from account a left join account_activity d"
                + " on d.tenant_id = a.tenant_id and d.account_id = a.account_id"
                + " where a.tenant_id in (?1) and not a.removed group by a.tenant_id")
                .setParameter(1, tenantIds).setParameter(2, staleBefore).getResultList();
        for (Object[] row : rows) {
            health.put((String) row[0], new AccountHealth(((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue()));
        }
        return health;
    }
}
