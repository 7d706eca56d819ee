package io.demarc.inventory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.inventory.repository.ResourceRepository;
import io.demarc.service.outbox.OutboxEvent;
import io.demarc.service.tenancy.TenantScope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;

/**
 * What the tests look at behind the API: stored rows, pending outbox rows and the events the relay published. Each
 * look is in the tenant's scope, as the service's own work is: without one the tenant wall shows no row.
 */
@ApplicationScoped
public class InventoryProbe {

    @Inject
    @Any
    InMemoryConnector connector;

    @Inject
    ResourceRepository resources;

    public long resourceCount(String tenantId) {
        return TenantScope.of(tenantId,
                () -> QuarkusTransaction.requiringNew().call(() -> resources.count("tenantId", tenantId)));
    }

    /** The item hash stored for the tenant's resource with this id. */
    public String storedHash(String tenantId, String resourceId) {
        return TenantScope.of(tenantId, () -> QuarkusTransaction.requiringNew()
                .call(() -> (String) resources.getEntityManager().createNativeQuery(
                        "select item_hash from resource where tenant_id = ?1 and resource_id = ?2")
                        .setParameter(1, tenantId).setParameter(2, resourceId).getSingleResult()));
    }

    public long pendingEvents(String tenantId) {
        return TenantScope.of(tenantId,
                () -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("tenantId", tenantId)));
    }

    /**
     * The messages published for the tenant once its outbox is empty. A row leaves the outbox only after its message
     * reached the channel, so nothing of the tenant can still be on its way.
     */
    public List<Message<String>> publishedMessages(String tenantId) {
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingEvents(tenantId) == 0);
        List<? extends Message<String>> received = connector.<String>sink("outbox").received();
        return received.stream()
                .filter(message -> tenantId.equals(readTree(message).path("tenantid").asText()))
                .map(message -> (Message<String>) message).toList();
    }

    /** The resource events published for the tenant (account events left out). */
    public List<CloudEvent<ResourceChanged>> publishedEvents(String tenantId) {
        return published(tenantId, ResourceChanged.TYPE, ResourceChanged.class);
    }

    /** The account events published for the tenant. */
    public List<CloudEvent<AccountChanged>> publishedAccountEvents(String tenantId) {
        return published(tenantId, AccountChanged.TYPE, AccountChanged.class);
    }

    private <T> List<CloudEvent<T>> published(String tenantId, String type, Class<T> data) {
        return publishedMessages(tenantId).stream()
                .filter(message -> type.equals(EventCodec.typeOf(message.getPayload())))
                .map(message -> EventCodec.read(message.getPayload(), type, data)).toList();
    }

    /** The Kafka topic the relay addressed the message to. */
    static String topicOf(Message<String> message) {
        return message.getMetadata(OutgoingKafkaRecordMetadata.class).map(OutgoingKafkaRecordMetadata::getTopic)
                .orElse(null);
    }

    static CloudEvent<ResourceChanged> read(Message<String> message) {
        return EventCodec.read(message.getPayload(), ResourceChanged.TYPE, ResourceChanged.class);
    }

    private static JsonNode readTree(Message<String> message) {
        try {
            return EventCodec.mapper().readTree(message.getPayload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the relay published something that is not JSON", e);
        }
    }
}
