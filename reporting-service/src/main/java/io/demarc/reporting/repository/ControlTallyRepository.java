package io.demarc.reporting.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.reporting.model.ControlTally;
import io.demarc.reporting.model.TallyBucket;

/** The per-control counters of {@code control_tally}; writes are atomic increments, so no row is read to update it. */
@ApplicationScoped
public class ControlTallyRepository {

    @Inject
    EntityManager em;

    /** Adds {@code delta} (+1 or -1) to one counter of one control in one account. */
    public void add(String tenantId, String accountId, String controlId, TallyBucket bucket, int delta) {
        String column = bucket.column();
        em.createNativeQuery("insert into control_tally (tenant_id, account_id, control_id, " + column + ")"
                + " values (?1, ?2, ?3, ?4) on conflict (tenant_id, account_id, control_id)"
                + " do update set " + column + " = control_tally." + column + " + excluded." + column)
                .setParameter(1, tenantId).setParameter(2, accountId).setParameter(3, controlId)
                .setParameter(4, delta).executeUpdate();
    }

    /** The counters of every control, summed over the tenant's accounts or for one account when it is given. */
    public List<ControlTally> tallies(String tenantId, String accountId) {
        String sql = "select control_id, sum(passing), sum(failing), sum(excepted), sum(other) from control_tally"
                + " where tenant_id = ?1" + (accountId == null ? "" : " and account_id = ?2")
                + " group by control_id";
        var query = em.createNativeQuery(sql).setParameter(1, tenantId);
        if (accountId != null) {
            query.setParameter(2, accountId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new ControlTally((String) row[0], number(row[1]), number(row[2]),
                number(row[3]), number(row[4]))).toList();
    }

    /** Recomputes every counter of a tenant from the findings themselves: for checks and for repair after a bug. */
    public void recount(String tenantId) {
        em.createNativeQuery("delete from control_tally where tenant_id = ?1").setParameter(1, tenantId)
                .executeUpdate();
        em.createNativeQuery("insert into control_tally (tenant_id, account_id, control_id, passing, failing,"
                + " excepted, other) select tenant_id, account_id, control_id,"
                + " count(*) filter (where status = 'PASS'),"
                + " count(*) filter (where status = 'FAIL' and exception_id is null),"
                + " count(*) filter (where status = 'FAIL' and exception_id is not null),"
                + " count(*) filter (where status not in ('PASS', 'FAIL'))"
                + " from finding where tenant_id = ?1 group by tenant_id, account_id, control_id")
                .setParameter(1, tenantId).executeUpdate();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
