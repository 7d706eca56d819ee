package io.demarc.assessment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.assessment.service.AssignmentService;
import io.demarc.contracts.AssignmentChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.MatrixChanged;
import io.demarc.service.messaging.EventApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Follows the owner assignments ownership-service announces, so findings carry their owner without a call to it. The
 * topic also carries matrix changes, which assessment does not need: they are acknowledged and skipped. Any other
 * message is refused before anything is written and parked on the dead-letter topic.
 */
@ApplicationScoped
public class AssignmentChangedConsumer {

    static final String CHANNEL = "assignments";
    private static final Logger LOG = Logger.getLogger(AssignmentChangedConsumer.class);

    @Inject
    EventApplier applier;

    @Inject
    AssignmentService assignments;

    /** Blocking: it re-resolves owners and writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        if (MatrixChanged.TYPE.equals(EventCodec.typeOf(message))) {
            return;
        }
        CloudEvent<AssignmentChanged> event = EventCodec.readComplete(message, AssignmentChanged.TYPE,
                AssignmentChanged.class);
        applier.applyOnce(event, this::apply);
    }

    private void apply(CloudEvent<AssignmentChanged> event) {
        int announced = assignments.apply(event.tenantid(), event.data());
        LOG.debugf("Event %s (%s assignment %s) of tenant %s: %d finding(s) re-announced", event.id(),
                event.data().change(), event.data().assignment().assignmentId(), event.tenantid(), announced);
    }
}
