package io.demarc.assessment.service;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.demarc.assessment.model.OwnerAssignment;
import io.demarc.assessment.repository.OwnerAssignmentRepository;
import io.demarc.contracts.Assignment;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Assignments start and end on dates, with no event on those days: once a day, the findings of every domain with a
 * dated assignment are resolved again, and those whose owner changed are announced. Resolving is idempotent, so a
 * day the service was down is caught up on the next run.
 */
@ApplicationScoped
public class OwnerCalendar {

    private static final Logger LOG = Logger.getLogger(OwnerCalendar.class);

    @Inject
    OwnerAssignmentRepository assignments;

    @Inject
    FindingRefreshService refresh;

    @Scheduled(cron = "{demarc.assessment.owner-calendar.cron}", timeZone = "UTC", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int announced = run();
        LOG.infof("Owner calendar: %d finding(s) re-announced", announced);
    }

    /**
     * Refreshes, tenant by tenant in transactions of their own; returns how many findings were announced. Only the
     * dated assignments are read across the tenant wall; each tenant's findings are refreshed in that tenant's scope.
     */
    public int run() {
        Map<String, Set<String>> datedDomains = TenantScope
                .acrossTenants(() -> QuarkusTransaction.requiringNew().call(this::datedDomainsByTenant));
        int announced = 0;
        for (Map.Entry<String, Set<String>> tenant : datedDomains.entrySet()) {
            announced += TenantScope.of(tenant.getKey(), () -> QuarkusTransaction.requiringNew()
                    .call(() -> refresh.refreshDomains(tenant.getKey(), tenant.getValue())));
        }
        return announced;
    }

    private Map<String, Set<String>> datedDomainsByTenant() {
        Map<String, Set<String>> dated = new TreeMap<>();
        for (OwnerAssignment row : assignments.listAll()) {
            Assignment assignment = Owners.parse(row);
            if (assignment.effectiveFrom() != null || assignment.effectiveTo() != null) {
                dated.computeIfAbsent(row.tenantId, tenant -> new TreeSet<>()).add(row.domain);
            }
        }
        return dated;
    }
}
