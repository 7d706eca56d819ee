package io.demarc.inventory.collect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.demarc.inventory.model.CollectionRun;
import io.demarc.inventory.model.CollectionRunRecording;
import io.demarc.inventory.model.CollectionRunStep;

/** The {@code collection_run}, {@code collection_run_step} and {@code collection_recording} tables. */
@ApplicationScoped
class CollectionRuns {

    @Inject
    EntityManager em;

    Optional<CollectionRun> find(String tenantId, long runId) {
        return em.createQuery("from CollectionRun where tenantId = :t and id = :id", CollectionRun.class)
                .setParameter("t", tenantId).setParameter("id", runId).getResultStream().findFirst();
    }

    CollectionRun require(long runId) {
        return em.find(CollectionRun.class, runId);
    }

    /** Newest first, those older than {@code beforeId} when given, at most {@code fetchSize}. */
    List<CollectionRun> page(String tenantId, Long beforeId, int fetchSize) {
        // Two queries, not "(:before is null or ...)": PostgreSQL cannot type a null parameter.
        var query = beforeId == null
                ? em.createQuery("from CollectionRun where tenantId = :t order by id desc", CollectionRun.class)
                : em.createQuery("from CollectionRun where tenantId = :t and id < :before order by id desc",
                        CollectionRun.class).setParameter("before", beforeId);
        return query.setParameter("t", tenantId).setMaxResults(fetchSize).getResultList();
    }

    /** By account, then region (global first), then service. */
    List<CollectionRunStep> steps(long runId) {
        return em.createQuery("from CollectionRunStep where runId = :r order by accountId,"
                + " case when region = 'global' then 0 else 1 end, region, service", CollectionRunStep.class)
                .setParameter("r", runId).getResultList();
    }

    /** The steps of several runs, by run (a list page's runs in one query rather than one per run). */
    Map<Long, List<CollectionRunStep>> stepsOf(List<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from CollectionRunStep where runId in :r", CollectionRunStep.class)
                .setParameter("r", runIds).getResultStream()
                .collect(Collectors.groupingBy(step -> step.runId));
    }

    CollectionRunStep step(long stepId) {
        return em.find(CollectionRunStep.class, stepId);
    }

    Optional<CollectionRunRecording> recording(String tenantId, long runId, long stepId) {
        return em.createQuery("select r from CollectionRunRecording r, CollectionRunStep s where s.id = r.stepId"
                + " and r.stepId = :s and s.runId = :run and r.tenantId = :t", CollectionRunRecording.class)
                .setParameter("s", stepId).setParameter("run", runId).setParameter("t", tenantId).getResultStream()
                .findFirst();
    }

    void persist(Object entity) {
        em.persist(entity);
    }
}
