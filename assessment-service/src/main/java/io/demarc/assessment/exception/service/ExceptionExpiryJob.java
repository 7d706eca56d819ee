package io.demarc.assessment.exception.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    /** Expires everything due at {@code now}, batch after batch; returns how many expired. */
    public int expireDue(Instant now) {
        int total = 0;
        int expired;
        do {
            expired = exceptions.expireDue(now, config.expiryBatch());
            total += expired;
        } while (expired == config.expiryBatch());
        return total;
    }
}
