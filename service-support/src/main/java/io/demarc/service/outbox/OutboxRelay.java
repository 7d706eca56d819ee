package io.demarc.service.outbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

import io.demarc.service.tenancy.TenantScope;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes outbox rows to Kafka. Rows are locked with {@code SKIP LOCKED} so several replicas can relay side by side
 * without publishing a row twice; a row is deleted only after the broker acknowledged it, so a crash re-publishes
 * (at-least-once) and consumers are idempotent by event id.
 */
@ApplicationScoped
@IfBuildProperty(name = "demarc.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    EntityManager entityManager;

    @Inject
    @Channel(CHANNEL)
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
    Emitter<String> emitter;

    @ConfigProperty(name = "demarc.outbox.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "demarc.outbox.ack-timeout-seconds", defaultValue = "30")
    int ackTimeoutSeconds;

    /** The first run waits until the Kafka channel is connected, which happens after the scheduler starts. */
    @Scheduled(every = "${demarc.outbox.interval:1s}", delayed = "${demarc.outbox.initial-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishPending() {
        // The outbox holds every tenant's events: the relay is platform work across the tenant wall.
        TenantScope.runAcrossTenants(() -> {
            int published;
            do {
                published = publishBatch();
            } while (published == batchSize);
        });
    }

    /** Publishes one batch in one transaction; returns how many rows were published. */
    @Transactional
    int publishBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> rows = entityManager
                .createNativeQuery("select * from outbox_event order by id limit ?1 for update skip locked",
                        OutboxEvent.class)
                .setParameter(1, batchSize).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        CompletableFuture<?>[] acks = rows.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(ackTimeoutSeconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            // Rolling back keeps the rows; the next run publishes them again.
            LOG.warnf("Publishing %d outbox event(s) failed, will retry: %s", rows.size(), e.getMessage());
            throw new IllegalStateException("outbox publish failed", e);
        }
        rows.forEach(OutboxEvent::delete);
        return rows.size();
    }

    private CompletableFuture<Void> send(OutboxEvent row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes(StandardCharsets.UTF_8));
        headers.add("ce_tenantid", row.tenantId.getBytes(StandardCharsets.UTF_8));
        headers.add("ce_type", row.eventType.getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.topic).withKey(row.recordKey).withHeaders(headers).build();
        emitter.send(Message.of(row.payload).addMetadata(metadata)
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return ack;
    }
}
