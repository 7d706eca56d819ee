package io.demarc.inventory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.service.outbox.OutboxEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/** What the tests look at behind the API: stored rows, pending outbox rows and the events the relay published. */
@ApplicationScoped
public class InventoryProbe {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ResourceRepository resources;

    public long resourceCount(String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> resources.count("tenantId", tenantId));
    }

    public long pendingEvents(String tenantId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenantId", tenantId));
    }

    /**
     * The messages published for the tenant once its outbox is empty. A row leaves the outbox only after its message
     * reached the channel, so nothing of the tenant can still be on its way.
     */
    public List<Message<String>> publishedMessages(String tenantId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingEvents(tenantId) == 0);
        List<? extends Message<String>> received = connector.<String>sink("outbox").received();
        return received.stream().filter(message -> tenantId.equals(read(message).tenantid()))
                .map(message -> (Message<String>) message).toList();
    }

    public List<CloudEvent<ResourceChanged>> publishedEvents(String tenantId) {
        return publishedMessages(tenantId).stream().map(InventoryProbe::read).toList();
    }

    static CloudEvent<ResourceChanged> read(Message<String> message) {
        return EventCodec.read(message.getPayload(), ResourceChanged.TYPE, ResourceChanged.class);
    }
}
