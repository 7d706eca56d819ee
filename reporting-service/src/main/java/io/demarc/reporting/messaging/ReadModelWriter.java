package io.demarc.reporting.messaging;

import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventData;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.service.messaging.EventApplier;

/** Applies an event to the read models exactly once, and remembers its tenant for cross-tenant views. */
@ApplicationScoped
class ReadModelWriter {

    @Inject
    EventApplier applier;

    @Inject
    TenantRepository tenants;

    /**
     * Reads the message with its contract's checks first, so a poison message fails before anything is written.
     *
     * @param projection applies the event's data to the read models of the tenant it is given
     */
    <T extends EventData> void write(String message, String type, Class<T> dataType,
            BiConsumer<String, T> projection) {
        writeEvent(message, type, dataType, e -> projection.accept(e.tenantid(), e.data()));
    }

    /** As {@link #write}, for a projection that needs the envelope too (its time). */
    <T extends EventData> void writeEvent(String message, String type, Class<T> dataType,
            Consumer<CloudEvent<T>> projection) {
        CloudEvent<T> event = EventCodec.readComplete(message, type, dataType);
        applier.applyOnce(event, e -> {
            tenants.remember(e.tenantid(), e.time() == null ? Instant.now() : e.time());
            projection.accept(e);
        });
    }
}
