package io.demarc.reporting.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.demarc.reporting.model.PostureSnapshot;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.reporting.repository.TrendRepository;
import io.demarc.reporting.rest.FrameworkPosture;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/** Keeps one posture snapshot per tenant, day and framework: nightly for all tenants, or on demand for one. */
@ApplicationScoped
public class PostureSnapshots {

    private static final Logger LOG = Logger.getLogger(PostureSnapshots.class);
    private static final int TENANTS_PER_READ = 100;

    @Inject
    PostureService posture;

    @Inject
    TenantRepository tenants;

    @Inject
    TrendRepository trends;

    @Inject
    Clock clock;

    /**
     * Midnight UTC: the snapshot of the day that begins. Only the tenant list is read across tenants; each tenant's
     * snapshot is taken in its own scope and transaction, so one bad tenant cannot stop the rest, and none can see
     * another's rows.
     */
    @Scheduled(cron = "{demarc.reporting.snapshot-cron}", timeZone = "UTC", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        LocalDate day = LocalDate.now(clock);
        String after = null;
        List<String> page;
        do {
            String from = after;
            page = TenantScope.acrossTenants(
                    () -> QuarkusTransaction.requiringNew().call(() -> tenants.page(from, TENANTS_PER_READ)));
            for (String tenantId : page) {
                try {
                    take(tenantId, day);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Posture snapshot of tenant %s for %s failed", tenantId, day);
                }
            }
            after = page.isEmpty() ? after : page.get(page.size() - 1);
        } while (page.size() == TENANTS_PER_READ);
    }

    /**
     * Takes (or retakes) the snapshot of one tenant for {@code day} from its posture now, in that tenant's scope
     * whatever thread calls it (the scheduler's has none).
     */
    public void take(String tenantId, LocalDate day) {
        Instant now = clock.instant();
        TenantScope.run(tenantId, () -> QuarkusTransaction.requiringNew().run(() -> trends.replaceSnapshots(tenantId,
                day, posture.posture(tenantId, null).frameworks().stream().map(f -> row(tenantId, day, now, f))
                        .toList())));
    }

    private static PostureSnapshot row(String tenantId, LocalDate day, Instant takenAt, FrameworkPosture posture) {
        PostureSnapshot snapshot = new PostureSnapshot();
        snapshot.tenantId = tenantId;
        snapshot.day = day;
        snapshot.framework = posture.framework();
        snapshot.total = posture.total();
        snapshot.inherited = posture.inherited();
        snapshot.passing = posture.passing();
        snapshot.failing = posture.failing();
        snapshot.attested = posture.attested();
        snapshot.unattested = posture.unattested();
        snapshot.notAssessed = posture.notAssessed();
        snapshot.score = BigDecimal.valueOf(posture.score());
        snapshot.takenAt = takenAt;
        return snapshot;
    }
}
