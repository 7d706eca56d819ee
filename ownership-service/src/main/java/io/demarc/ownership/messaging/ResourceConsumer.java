package io.demarc.ownership.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.ownership.service.ResourceTracker;
import io.demarc.ownership.service.TypeUsageFollower;
import io.demarc.service.messaging.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Follows inventory's resource events to know which resources, hence which resource types, each tenant runs, and to
 * announce each type a tenant starts or stops using. A message that is not a valid resource event fails before
 * anything is written; the channel's failure strategy parks it on the dead-letter topic.
 */
@ApplicationScoped
public class ResourceConsumer {

    static final String CHANNEL = "resources";
    private static final Logger LOG = Logger.getLogger(ResourceConsumer.class);

    @Inject
    EventApplier applier;

    @Inject
    TypeUsageFollower follower;

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        CloudEvent<ResourceChanged> event = EventCodec.readComplete(message, ResourceChanged.TYPE,
                ResourceChanged.class);
        applier.applyOnce(event, this::track);
    }

    private void track(CloudEvent<ResourceChanged> event) {
        ResourceTracker.Outcome outcome = follower.apply(event.tenantid(), event.data());
        LOG.debugf("Resource %s of tenant %s: %s", event.subject(), event.tenantid(), outcome);
    }
}
