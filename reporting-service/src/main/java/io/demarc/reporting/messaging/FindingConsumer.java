package io.demarc.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.FindingChanged;
import io.demarc.reporting.service.FindingProjector;
import io.demarc.service.messaging.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads assessment's finding events into the finding read model. A message that is not a valid finding event fails
 * before anything is written; the channel's failure strategy parks it on the dead-letter topic.
 */
@ApplicationScoped
public class FindingConsumer {

    static final String CHANNEL = "findings";
    private static final Logger LOG = Logger.getLogger(FindingConsumer.class);

    @Inject
    EventApplier applier;

    @Inject
    FindingProjector projector;

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        CloudEvent<FindingChanged> event = EventCodec.read(message, FindingChanged.TYPE, FindingChanged.class);
        FindingEvents.requireComplete(event);
        applier.applyOnce(event, this::project);
    }

    private void project(CloudEvent<FindingChanged> event) {
        FindingProjector.Outcome outcome = projector.apply(event.tenantid(), event.data());
        LOG.debugf("Finding %s of tenant %s: %s", event.data().findingId(), event.tenantid(), outcome);
    }
}
