package io.demarc.reporting.messaging;

import java.time.Instant;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.contracts.CloudEvent;
import io.demarc.reporting.repository.TenantRepository;
import io.demarc.service.messaging.EventApplier;

/** Applies a checked event to the read models exactly once, and remembers its tenant for cross-tenant views. */
@ApplicationScoped
class ReadModelWriter {

    @Inject
    EventApplier applier;

    @Inject
    TenantRepository tenants;

    <T> void write(CloudEvent<T> event, Consumer<CloudEvent<T>> projection) {
        applier.applyOnce(event, e -> {
            tenants.remember(e.tenantid(), e.time() == null ? Instant.now() : e.time());
            projection.accept(e);
        });
    }
}
