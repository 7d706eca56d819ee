package io.demarc.reporting.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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

    @Inject
    EntityManager em;

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
