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
        return of(tenant).count("select count(*) from outbox_event where tenant_id = ?1", tenant) == 0;
    }

    /** SQL that sees only the tenant's rows, as the tenant wall shows them to work done for that tenant. */
    public ScopedSql of(String tenant) {
        return new ScopedSql(entityManager, tenant);
    }

    /** SQL that sees every tenant's rows, as a platform job does: for checks that nothing changed anywhere. */
    public ScopedSql acrossTenants() {
        return new ScopedSql(entityManager, null);
    }

    public static CloudEvent<FindingChanged> read(Message<?> message) {
        return EventCodec.read((String) message.getPayload(), FindingChanged.TYPE, FindingChanged.class);
    }
}
