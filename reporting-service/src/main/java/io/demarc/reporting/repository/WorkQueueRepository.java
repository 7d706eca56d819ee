package io.demarc.reporting.repository;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.demarc.reporting.model.Finding;

/**
 * Open failures (status FAIL, no exception) per owner, read through the partial index {@code finding_open_queue_idx}.
 */
@ApplicationScoped
public class WorkQueueRepository {

    private static final String OPEN = "f.tenantId = :tenant and f.status = io.demarc.contracts.FindingStatus.FAIL"
            + " and f.exceptionId is null";

    /** Where a page starts: after this (severity rank, failing since, finding id). */
    public record Position(short severityRank, Instant failingSince, String findingId) {
    }

    @Inject
    EntityManager em;

    /** Per owner (null = unowned) and severity: the owner's name, the count and the oldest failure. */
    public List<Object[]> summary(String tenantId) {
        return em.createQuery("select f.ownerTeamId, max(f.ownerName), f.severity, count(f), min(f.failingSince)"
                + " from Finding f where " + OPEN + " group by f.ownerTeamId, f.severity", Object[].class)
                .setParameter("tenant", tenantId).getResultList();
    }

    /** One page of an owner's queue (null = the unowned queue), most severe first, then oldest first. */
    public List<Finding> page(String tenantId, String ownerTeamId, Position after, int limit) {
        StringBuilder where = new StringBuilder(OPEN)
                .append(ownerTeamId == null ? " and f.ownerTeamId is null" : " and f.ownerTeamId = :owner");
        if (after != null) {
            // One row comparison, so PostgreSQL starts the index scan at the cursor instead of reading from the start.
            where.append(" and (f.severityRank, f.failingSince, f.findingId) > (:rank, :since, :id)");
        }
        TypedQuery<Finding> query = em.createQuery("select f from Finding f where " + where
                + " order by f.severityRank, f.failingSince, f.findingId", Finding.class)
                .setParameter("tenant", tenantId).setMaxResults(limit);
        if (ownerTeamId != null) {
            query.setParameter("owner", ownerTeamId);
        }
        if (after != null) {
            query.setParameter("rank", after.severityRank()).setParameter("since", after.failingSince())
                    .setParameter("id", after.findingId());
        }
        return query.getResultList();
    }
}
