package io.demarc.assessment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.testing.InMemoryDelivery;
import io.demarc.testing.InMemoryDelivery.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** Sends resource events through the in-memory channel and reads what the outbox relay published, per tenant. */
@ApplicationScoped
public class MessagingHarness {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    EntityManager entityManager;

    /** Sends one resource message and waits until the consumer acknowledged or refused it. */
    public Outcome send(String payload) {
        return InMemoryDelivery.deliver(connector, "resources", payload);
    }

    /** Sends one ownership message and waits until the consumer acknowledged or refused it. */
    public Outcome sendAssignment(String payload) {
        return InMemoryDelivery.deliver(connector, "assignments", payload);
    }

    /** Every finding the relay published for a tenant, in order. */
    public List<FindingChanged> findings(String tenant) {
        return connector.<String>sink("outbox").received().stream()
                .map(MessagingHarness::read)
                .filter(event -> tenant.equals(event.tenantid()))
                .map(CloudEvent::data)
                .toList();
    }

    /** Waits until nothing of the tenant is left in the outbox, then returns every finding published for it. */
    public List<FindingChanged> settledFindings(String tenant) {
        await().atMost(Duration.ofSeconds(15)).until(() -> nothingPending(tenant));
        return findings(tenant);
    }

    /** Every finding of one control the relay published for a tenant, in order. */
    public List<Message<String>> published(String tenant, String controlId) {
        return connector.<String>sink("outbox").received().stream()
                .filter(message -> tenant.equals(read(message).tenantid()))
                .filter(message -> controlId.equals(read(message).data().controlId()))
                .map(message -> (Message<String>) message)
                .toList();
    }

    /** Waits until the relay published {@code count} findings of one control for the tenant, and returns them. */
    public List<Message<String>> awaitPublished(String tenant, String controlId, int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> published(tenant, controlId).size() >= count);
        return published(tenant, controlId);
    }

    /**
     * Asserts quietness deterministically: once the consumer acknowledged, any event it appended is either still in
     * the outbox table or already published.
     */
    public boolean nothingPending(String tenant) {
        return count("select count(*) from outbox_event where tenant_id = ?1", tenant) == 0;
    }

    public long count(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    /** Runs a statement in its own transaction; returns the number of rows it changed. */
    public int execute(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.executeUpdate();
        });
    }

    public Object single(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            return query.getSingleResult();
        });
    }

    public static CloudEvent<FindingChanged> read(Message<?> message) {
        return EventCodec.read((String) message.getPayload(), FindingChanged.TYPE, FindingChanged.class);
    }
}
