package io.demarc.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.hibernate.SessionFactory;
import org.hibernate.stat.EntityStatistics;
import org.junit.jupiter.api.Test;

import io.demarc.contracts.EventCodec;
import io.demarc.service.outbox.Outbox;
import io.demarc.service.outbox.OutboxEvent;
import io.demarc.service.outbox.SerializedEvent;
import io.demarc.service.tenancy.TenantScope;
import io.demarc.testing.EmbeddedPostgresResource;
import io.demarc.testing.InMemoryChannelsResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * The outbox relay (service-support) as inventory runs it: events appended as JSON in one batch are published in append
 * order with their topic, key and headers, then deleted by id, in plain SQL (no entity loaded or deleted one by one);
 * a row another transaction holds is skipped, kept, and published once released.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = InMemoryChannelsResource.class, initArgs = @ResourceArg(name = "outgoing", value = "outbox"))
class OutboxRelayTest {

    static final String TYPE = "io.demarc.test.relayed.v1";

    @Inject
    Outbox outbox;

    @Inject
    InventoryProbe probe;

    @Inject
    EntityManager entityManager;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    @Any
    InMemoryConnector connector;

    @Test
    void publishesAppendedJsonInOrderWithTopicKeyAndHeadersThenDeletesTheRows() {
        String tenant = ConfigItems.newTenant();
        List<SerializedEvent> events = events(tenant, 5);

        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(events)));

        List<Message<String>> published = probe.publishedMessages(tenant);
        assertThat(published).extracting(Message::getPayload)
                .containsExactlyElementsOf(events.stream().map(SerializedEvent::payload).toList());
        Message<String> first = published.get(0);
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<String> metadata = first.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow();
        assertThat(metadata.getTopic()).isEqualTo("test.topic");
        assertThat(metadata.getKey()).isEqualTo(tenant + "/0");
        assertThat(new String(metadata.getHeaders().lastHeader("ce_tenantid").value(), StandardCharsets.UTF_8))
                .isEqualTo(tenant);
        assertThat(new String(metadata.getHeaders().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(TYPE);
        assertThat(probe.pendingEvents(tenant)).isZero();
    }

    /** Statistics are on in the test profile: the relay reads rows as a projection and deletes them in one statement. */
    @Test
    void neverLoadsNorDeletesOutboxEntities() {
        String tenant = ConfigItems.newTenant();

        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(events(tenant, 3))));

        assertThat(probe.publishedMessages(tenant)).hasSize(3);
        EntityStatistics rows = sessionFactory.getStatistics().getEntityStatistics(OutboxEvent.class.getName());
        assertThat(rows.getLoadCount()).as("outbox rows loaded as entities").isZero();
        assertThat(rows.getDeleteCount()).as("outbox rows deleted as entities").isZero();
    }

    @Test
    void skipsARowAnotherTransactionHoldsAndDeletesOnlyThePublishedOnes() throws Exception {
        String tenant = ConfigItems.newTenant();
        TenantScope.run(tenant, () -> QuarkusTransaction.requiringNew().run(() -> outbox.appendAll(events(tenant, 3))));
        long middle = TenantScope.of(tenant, () -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery(
                        "select id from outbox_event where tenant_id = ?1 order by id offset 1 limit 1")
                        .setParameter(1, tenant).getSingleResult()).longValue()));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> TenantScope.run(tenant,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    entityManager.createNativeQuery("select id from outbox_event where id = ?1 for update")
                            .setParameter(1, middle).getResultList();
                    locked.countDown();
                    awaitRelease(release);
                })));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

            // The first and last rows go; the held one, between them, stays and is not published.
            // The relay's first run waits for the Kafka channel after start: allow it time when this test runs first.
            await().atMost(Duration.ofSeconds(45)).until(() -> probe.pendingEvents(tenant) == 1);
            assertThat(payloadsOf(tenant)).containsExactly(tenant + "/0", tenant + "/2");
            assertThat(TenantScope.of(tenant, () -> QuarkusTransaction.requiringNew()
                    .call(() -> entityManager.createNativeQuery("select count(*) from outbox_event where id = ?1")
                            .setParameter(1, middle).getSingleResult())))
                    .isEqualTo(1L);
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> probe.pendingEvents(tenant) == 0);
        assertThat(payloadsOf(tenant)).containsExactly(tenant + "/0", tenant + "/2", tenant + "/1");
    }

    private List<String> payloadsOf(String tenant) {
        return connector.<String>sink("outbox").received().stream().map(Message::getPayload)
                .filter(payload -> payload.contains("\"tenantid\":\"" + tenant + "\""))
                .map(payload -> EventCodec.read(payload, TYPE, Map.class).subject()).toList();
    }

    private static List<SerializedEvent> events(String tenant, int count) {
        List<SerializedEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String key = tenant + "/" + i;
            String payload = EventCodec.write(EventCodec.envelope("/test", TYPE, tenant, key, Map.of("n", i)));
            events.add(new SerializedEvent("test.topic", key, tenant, TYPE, payload));
        }
        return events;
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the row");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
