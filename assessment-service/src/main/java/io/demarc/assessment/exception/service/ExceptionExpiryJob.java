package io.demarc.assessment.exception.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.service.tenancy.TenantScope;
import io.quarkus.scheduler.Scheduled;

/**
 * Expires exceptions on time, so that findings they covered reopen by themselves. Coverage checks the expiry too, so
 * an exception stops covering at its expiry even between two runs; the job makes the change visible (state, audit,
 * events). Several replicas may run it at once: each takes only rows nobody else holds.
 */
@ApplicationScoped
public class ExceptionExpiryJob {

    @Inject
    ExceptionService exceptions;

    @Inject
    ExceptionsConfig config;

    @Scheduled(identity = "exception-expiry", every = "${demarc.exceptions.expiry-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        expireDue(Instant.now());
    }

    /**
     * Expires everything due at {@code now}; returns how many expired. Only the list of tenants is read across the
     * tenant wall: each tenant's exceptions expire in that tenant's scope, batch after batch in transactions of their
     * own, so no write of the job can land in another tenant.
     */
    public int expireDue(Instant now) {
        List<String> tenants = TenantScope.acrossTenants(() -> exceptions.tenantsWithDue(now));
        int total = 0;
        for (String tenant : tenants) {
            total += TenantScope.of(tenant, () -> expireTenant(tenant, now));
        }
        return total;
    }

    private int expireTenant(String tenant, Instant now) {
        int total = 0;
        int expired;
        do {
            expired = exceptions.expireDue(tenant, now, config.expiryBatch());
            total += expired;
        } while (expired == config.expiryBatch());
        return total;
    }
}
