package io.demarc.service.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.demarc.contracts.CloudEvent;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Applies a consumed event exactly once: its id is recorded in {@code processed_event} in the same transaction as its
 * effects, and a redelivered event is skipped. A failure rolls the transaction back and is retried in a fresh one
 * ({@link TransientRetry}); only a message that still fails after the retries reaches the dead-letter topic.
 * Consumers parse and validate the message first and call this with a complete event.
 */
@ApplicationScoped
public class EventApplier {

    @Inject
    ProcessedEvents processedEvents;

    @ConfigProperty(name = "demarc.consumer.retry.max-attempts", defaultValue = "5")
    int maxAttempts;

    @ConfigProperty(name = "demarc.consumer.retry.initial-backoff", defaultValue = "PT0.2S")
    Duration initialBackoff;

    @ConfigProperty(name = "demarc.consumer.retry.max-backoff", defaultValue = "PT5S")
    Duration maxBackoff;

    TransientRetry retry;

    @PostConstruct
    void configure() {
        retry = new TransientRetry(maxAttempts, initialBackoff, maxBackoff, pause -> Thread.sleep(pause.toMillis()));
    }

    /**
     * Returns false when the event had been applied before and was skipped. The effects see the event's tenant's rows
     * only (the database's tenant wall).
     */
    public <T> boolean applyOnce(CloudEvent<T> event, Consumer<CloudEvent<T>> effects) {
        return TenantScope.of(event.tenantid(), () -> retry.call("applying event " + event.id(),
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    if (!processedEvents.firstDelivery(event.id())) {
                        return false;
                    }
                    effects.accept(event);
                    return true;
                })));
    }
}
