package io.demarc.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.assessment.service.AssessmentService;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ResourceChanged;
import io.demarc.service.messaging.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Assesses every resource change inventory publishes. A message that is not a complete resource-changed event fails
 * before anything is written; the channel's failure strategy parks it on the dead-letter topic.
 */
@ApplicationScoped
public class ResourceChangedConsumer {

    static final String CHANNEL = "resources";
    private static final Logger LOG = Logger.getLogger(ResourceChangedConsumer.class);

    @Inject
    EventApplier applier;

    @Inject
    AssessmentService assessment;

    /** Blocking: it evaluates rules and writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        CloudEvent<ResourceChanged> event = EventCodec.readComplete(message, ResourceChanged.TYPE,
                ResourceChanged.class);
        applier.applyOnce(event, this::assess);
    }

    private void assess(CloudEvent<ResourceChanged> event) {
        int changed = assessment.assess(event.tenantid(), event.data());
        LOG.debugf("Event %s for %s of tenant %s: %d finding(s) changed", event.id(),
                event.data().item().resourceId(), event.tenantid(), changed);
    }
}
