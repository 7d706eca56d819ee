package io.demarc.reporting.messaging;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.reporting.repository.AccountActivityRepository;
import io.demarc.reporting.service.AccountProjector;
import io.demarc.reporting.service.ResourceProjector;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads inventory's two topics: resources (counted per type and account) and accounts. Poison goes to the channel's
 * dead-letter topic; event types this service does not use are acknowledged and ignored.
 */
@ApplicationScoped
public class InventoryEventConsumer {

    static final String RESOURCES = "resources";
    static final String ACCOUNTS = "accounts";
    private static final Logger LOG = Logger.getLogger(InventoryEventConsumer.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    ResourceProjector resources;

    @Inject
    AccountProjector accounts;

    @Inject
    AccountActivityRepository activity;

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(RESOURCES)
    @Blocking
    public void consumeResource(String message) {
        String type = EventCodec.typeOf(message);
        if (!ResourceChanged.TYPE.equals(type)) {
            LOG.debugf("Ignoring event type %s on channel %s", type, RESOURCES);
            return;
        }
        writer.writeEvent(message, type, ResourceChanged.class, event -> {
            resources.apply(event.tenantid(), event.data());
            // When inventory published the change: the account's data is fresh as of then (the rollup's stale check).
            activity.heardFrom(event.tenantid(), event.data().item().accountId(),
                    event.time() == null ? Instant.now() : event.time());
        });
    }

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(ACCOUNTS)
    @Blocking
    public void consumeAccount(String message) {
        String type = EventCodec.typeOf(message);
        if (!AccountChanged.TYPE.equals(type)) {
            LOG.debugf("Ignoring event type %s on channel %s", type, ACCOUNTS);
            return;
        }
        writer.write(message, type, AccountChanged.class, accounts::apply);
    }
}
