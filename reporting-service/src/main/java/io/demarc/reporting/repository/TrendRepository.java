package io.demarc.reporting.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.reporting.model.PostureSnapshot;

/** Reads the finding history and the posture snapshots of a period. Periods are UTC days, {@code to} inclusive. */
@ApplicationScoped
public class TrendRepository {

    /** Transitions of one UTC day. */
    public record DayCount(LocalDate day, String kind, boolean remediated, long count) {
    }

    /** The scores per framework of a tenant's latest snapshot in a window, and its day. */
    public record Earlier(LocalDate day, Map<String, Double> scores) {
    }

    @Inject
    EntityManager em;

    /**
     * Per tenant of {@code tenantIds}, the scores of its latest snapshot between {@code from} and {@code to}
     * (inclusive); a tenant without one is absent. Reads the snapshot rows of those days only (unique key index).
     */
    public Map<String, Earlier> earlierScores(Collection<String> tenantIds, LocalDate from, LocalDate to) {
        Map<String, Earlier> earlier = new HashMap<>();
        if (tenantIds.isEmpty()) {
            return earlier;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.tenant_id, s.day, s.framework, s.score"
                + " from posture_snapshot s join (select tenant_id, max(day) as day from posture_snapshot"
                + " where tenant_id in (?1) and day >= ?2 and day <= ?3 group by tenant_id) latest"
                + " on latest.tenant_id = s.tenant_id and latest.day = s.day order by s.tenant_id, s.framework")
                .setParameter(1, tenantIds).setParameter(2, from).setParameter(3, to).getResultList();
        for (Object[] row : rows) {
            LocalDate day = row[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[1];
            earlier.computeIfAbsent((String) row[0], tenant -> new Earlier(day, new LinkedHashMap<>()))
                    .scores().put((String) row[2], ((Number) row[3]).doubleValue());
        }
        return earlier;
    }

    public List<DayCount> transitionsPerDay(String tenantId, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD'),"
                + " kind, remediated, count(*) from finding_transition"
                + " where tenant_id = ?1 and occurred_at >= ?2 and occurred_at < ?3 group by 1, 2, 3")
                .setParameter(1, tenantId).setParameter(2, start(from)).setParameter(3, start(to.plusDays(1)))
                .getResultList();
        return rows.stream().map(row -> new DayCount(LocalDate.parse((String) row[0]), (String) row[1],
                (Boolean) row[2], ((Number) row[3]).longValue())).toList();
    }

    /** Mean seconds from first failure to PASS over the period's remediations, and how many there were. */
    public Object[] remediation(String tenantId, LocalDate from, LocalDate to) {
        return (Object[]) em.createNativeQuery("select count(*), avg(extract(epoch from occurred_at - failing_since))"
                + " from finding_transition where tenant_id = ?1 and kind = 'CLOSED' and remediated"
                + " and failing_since is not null and occurred_at >= ?2 and occurred_at < ?3")
                .setParameter(1, tenantId).setParameter(2, start(from)).setParameter(3, start(to.plusDays(1)))
                .getSingleResult();
    }

    public List<PostureSnapshot> snapshots(String tenantId, LocalDate from, LocalDate to) {
        return em.createQuery("from PostureSnapshot where tenantId = ?1 and day >= ?2 and day <= ?3"
                + " order by day, framework", PostureSnapshot.class).setParameter(1, tenantId).setParameter(2, from)
                .setParameter(3, to).getResultList();
    }

    public void replaceSnapshots(String tenantId, LocalDate day, List<PostureSnapshot> snapshots) {
        em.createQuery("delete from PostureSnapshot where tenantId = ?1 and day = ?2").setParameter(1, tenantId)
                .setParameter(2, day).executeUpdate();
        snapshots.forEach(em::persist);
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
