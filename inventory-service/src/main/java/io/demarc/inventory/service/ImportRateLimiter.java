package io.demarc.inventory.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.demarc.inventory.config.ImportConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Limits how often each tenant may import, so one tenant's flood cannot starve the database for the others. Counted
 * per replica, in memory: a restart forgets, which only ever lets a little more through.
 */
@ApplicationScoped
public class ImportRateLimiter {

    @Inject
    ImportConfig config;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** @throws HttpProblem 429 with Retry-After (seconds) when the tenant's imports come too fast */
    public void acquire(String tenantId) {
        long now = System.nanoTime();
        long waitNanos = buckets.computeIfAbsent(tenantId,
                tenant -> new TokenBucket(config.rate().burst(), config.rate().perMinute(), now)).tryTake(now);
        if (waitNanos > 0) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
            throw HttpProblem.builder().withStatus(Response.Status.TOO_MANY_REQUESTS).withTitle("Too Many Requests")
                    .withHeader("Retry-After", seconds)
                    .withDetail("Tenant '" + tenantId + "' sends imports faster than " + config.rate().perMinute()
                            + " a minute; retry in " + seconds + " s, or send fewer, larger imports.")
                    .build();
        }
    }
}
