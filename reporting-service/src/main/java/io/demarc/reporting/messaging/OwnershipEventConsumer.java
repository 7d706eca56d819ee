package io.demarc.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.EventCodec;
import io.demarc.contracts.MatrixChanged;
import io.demarc.reporting.service.MatrixProjector;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads ownership's topic into the responsibility matrix. Assignment events are acknowledged and ignored: findings
 * and matrix rows already carry the owner ownership resolved, so reporting does not resolve owners again.
 */
@ApplicationScoped
public class OwnershipEventConsumer {

    static final String CHANNEL = "ownership";
    private static final Logger LOG = Logger.getLogger(OwnershipEventConsumer.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    MatrixProjector matrix;

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        String type = EventCodec.typeOf(message);
        if (!MatrixChanged.TYPE.equals(type)) {
            LOG.debugf("Ignoring event type %s on channel %s", type, CHANNEL);
            return;
        }
        writer.write(message, type, MatrixChanged.class, matrix::apply);
    }
}
