package io.demarc.inventory.collect;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.inventory.model.AwsAccount;
import io.demarc.inventory.model.CollectionRunTrigger;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.scheduler.Scheduled;

/**
 * Starts scheduled runs: every account of an active tenant whose collection interval has passed since it was last
 * in a run, one run per tenant. {@code demarc.aws.collector.schedule} says how often to look ({@code off} in tests).
 */
@ApplicationScoped
class CollectionScheduler {

    private static final Logger LOG = Logger.getLogger(CollectionScheduler.class);

    @Inject
    EntityManager em;

    @Inject
    CollectionService collections;

    @Scheduled(every = "${demarc.aws.collector.schedule}", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void startDueRuns() {
        // Finding what is due looks at every tenant; each tenant's run is then started in that tenant's scope.
        TenantScope.acrossTenants(() -> due(Instant.now())).forEach((tenantId, accountIds) -> {
            try {
                TenantScope.of(tenantId,
                        () -> collections.start(tenantId, accountIds, CollectionRunTrigger.SCHEDULED, null));
            } catch (RuntimeException e) {
                LOG.warnf("Tenant %s: scheduled collection not started: %s", tenantId, e.getMessage());
            }
        });
    }

    /** The accounts due, by tenant. */
    @Transactional
    Map<String, List<String>> due(Instant now) {
        List<AwsAccount> accounts = em.createQuery("select a from AwsAccount a, Tenant t where t.id = a.tenantId"
                + " and t.status = :active", AwsAccount.class).setParameter("active", TenantStatus.ACTIVE)
                .getResultList();
        return accounts.stream().filter(account -> lastRun(account).map(
                last -> last.plusSeconds(account.collectionIntervalSeconds).isBefore(now)).orElse(true))
                .collect(Collectors.groupingBy(account -> account.tenantId,
                        Collectors.mapping(account -> account.accountId, Collectors.toList())));
    }

    private java.util.Optional<Instant> lastRun(AwsAccount account) {
        return em.createQuery("select max(r.createdAt) from CollectionRun r, CollectionRunStep s where s.runId = r.id"
                + " and s.tenantId = :t and s.accountId = :a", Instant.class).setParameter("t", account.tenantId)
                .setParameter("a", account.accountId).getResultStream().filter(java.util.Objects::nonNull)
                .findFirst();
    }
}
