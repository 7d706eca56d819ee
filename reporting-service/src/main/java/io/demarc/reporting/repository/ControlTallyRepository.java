package io.demarc.reporting.repository;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.contracts.Severity;
import io.demarc.reporting.model.ControlTally;
import io.demarc.reporting.model.TallyBucket;

/** The per-control counters of {@code control_tally}; writes are atomic increments, so no row is read to update it. */
@ApplicationScoped
public class ControlTallyRepository {

    @Inject
    EntityManager em;

    /**
     * Adds {@code delta} (+1 or -1) to one counter of one control in one account, and records the control's severity
     * (the finding's), which the MSP rollup sums failing critical and high findings by.
     */
    public void add(String tenantId, String accountId, String controlId, Severity severity, TallyBucket bucket,
            int delta) {
        String column = bucket.column();
        em.createNativeQuery("insert into control_tally (tenant_id, account_id, control_id, severity, " + column + ")"
                + " values (?1, ?2, ?3, ?5, ?4) on conflict (tenant_id, account_id, control_id)"
                + " do update set " + column + " = control_tally." + column + " + excluded." + column
                + ", severity = coalesce(excluded.severity, control_tally.severity)")
                .setParameter(1, tenantId).setParameter(2, accountId).setParameter(3, controlId)
                .setParameter(4, delta).setParameter(5, severity == null ? null : severity.name()).executeUpdate();
    }

    /**
     * Open failures (FAIL without an exception) of CRITICAL and HIGH controls, per tenant of {@code tenantIds}: tenant
     * → severity → count. Reads the counters only, so it costs the same whatever the number of findings.
     */
    public Map<String, Map<String, Long>> failingBySeverity(Collection<String> tenantIds) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_id, severity, sum(failing) from control_tally"
                + " where tenant_id in (?1) and severity in ('CRITICAL', 'HIGH') group by tenant_id, severity")
                .setParameter(1, tenantIds).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((String) row[0], tenant -> new HashMap<>()).put((String) row[1], number(row[2]));
        }
        return counts;
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
        em.createNativeQuery("insert into control_tally (tenant_id, account_id, control_id, severity, passing,"
                + " failing, excepted, other) select tenant_id, account_id, control_id,"
                + " (array_agg(severity order by evaluated_at desc))[1],"
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
