package io.demarc.assessment.service;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * After a start with a new catalog version, evaluates every resource last evaluated with another one, in batches of
 * their own transactions and on a thread of its own: the service is ready and consuming meanwhile, and a restart
 * halfway resumes where it stopped.
 */
@ApplicationScoped
public class CatalogUpgrade {

    private static final Logger LOG = Logger.getLogger(CatalogUpgrade.class);

    @Inject
    Reevaluation reevaluation;

    @Inject
    ControlLibrary library;

    @ConfigProperty(name = "demarc.assessment.reevaluation.at-startup", defaultValue = "true")
    boolean atStartup;

    @ConfigProperty(name = "demarc.assessment.reevaluation.batch-size", defaultValue = "200")
    int batchSize;

    void onStart(@Observes StartupEvent start) {
        if (atStartup) {
            Thread worker = new Thread(this::run, "catalog-reevaluation");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /**
     * Re-evaluates until no stale resource is left; returns how many were re-evaluated. Only the count per tenant is
     * read across the tenant wall; each tenant's resources are re-evaluated in that tenant's scope.
     */
    public long run() {
        Map<String, Long> staleByTenant = TenantScope
                .acrossTenants(() -> QuarkusTransaction.requiringNew().call(reevaluation::staleByTenant));
        long due = staleByTenant.values().stream().mapToLong(Long::longValue).sum();
        if (due == 0) {
            return 0;
        }
        LOG.infof("Catalog %s: re-evaluating %d resource(s) of %d tenant(s) evaluated with another version",
                library.version(), due, staleByTenant.size());
        long done = 0;
        try {
            for (String tenant : staleByTenant.keySet()) {
                for (int batch = batchOnce(tenant); batch > 0; batch = batchOnce(tenant)) {
                    done += batch;
                    LOG.infof("Catalog %s: re-evaluated %d of %d resource(s)", library.version(), done, due);
                }
            }
        } catch (RuntimeException e) {
            // The remaining resources stay stale and are picked up at the next start.
            LOG.errorf(e, "Catalog %s: re-evaluation stopped after %d resource(s)", library.version(), done);
        }
        return done;
    }

    /** One batch of the tenant's stale resources, in a transaction started inside the tenant's scope. */
    private int batchOnce(String tenant) {
        return TenantScope.of(tenant,
                () -> QuarkusTransaction.requiringNew().call(() -> reevaluation.staleBatch(tenant, batchSize)));
    }
}
