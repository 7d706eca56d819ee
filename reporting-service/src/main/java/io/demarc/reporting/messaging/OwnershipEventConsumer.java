package io.demarc.reporting.messaging;

import static io.demarc.reporting.messaging.EventChecks.require;
import static io.demarc.reporting.messaging.EventChecks.sameTenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.MatrixCell;
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
        CloudEvent<MatrixChanged> event = EventCodec.read(message, type, MatrixChanged.class);
        MatrixChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.resourceType(), "resourceType", event);
        require(data.change(), "change", event);
        for (MatrixCell cell : data.cells()) {
            require(cell, "cells[]", event);
            require(cell.domain(), "cells[].domain", event);
            require(cell.side(), "cells[].side", event);
        }
        writer.write(event, e -> matrix.apply(e.tenantid(), e.data()));
    }
}
