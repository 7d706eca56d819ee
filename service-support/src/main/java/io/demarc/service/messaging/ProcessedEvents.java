package io.demarc.service.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Makes consumers idempotent: Kafka delivers at least once, and the outbox may publish an event twice after a crash.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager entityManager;

    /**
     * Records the event id; returns false if it was recorded before, in which case the caller skips the event. Must run
     * in the transaction that applies the event, so a rollback forgets the id too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId) {
        int inserted = entityManager.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (?1, now()) on conflict do nothing")
                .setParameter(1, eventId).executeUpdate();
        return inserted == 1;
    }
}
