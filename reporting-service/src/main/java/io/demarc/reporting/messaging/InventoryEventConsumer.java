package io.demarc.reporting.messaging;

import static io.demarc.reporting.messaging.EventChecks.require;
import static io.demarc.reporting.messaging.EventChecks.sameTenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.AccountChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
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

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(RESOURCES)
    @Blocking
    public void consumeResource(String message) {
        String type = EventCodec.typeOf(message);
        if (!ResourceChanged.TYPE.equals(type)) {
            LOG.debugf("Ignoring event type %s on channel %s", type, RESOURCES);
            return;
        }
        CloudEvent<ResourceChanged> event = EventCodec.read(message, type, ResourceChanged.class);
        ResourceChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.change(), "change", event);
        ConfigurationItem item = data.item();
        require(item, "item", event);
        require(item.accountId(), "item.accountId", event);
        require(item.resourceType(), "item.resourceType", event);
        require(item.resourceId(), "item.resourceId", event);
        writer.write(event, e -> resources.apply(e.tenantid(), e.data()));
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
        CloudEvent<AccountChanged> event = EventCodec.read(message, type, AccountChanged.class);
        AccountChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.change(), "change", event);
        require(data.accountId(), "accountId", event);
        writer.write(event, e -> accounts.apply(e.tenantid(), e.data()));
    }
}
