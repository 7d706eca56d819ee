package io.demarc.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.FindingChanged;
import io.demarc.reporting.service.AttestationProjector;
import io.demarc.reporting.service.DriftProjector;
import io.demarc.reporting.service.ExceptionProjector;
import io.demarc.reporting.service.FindingProjector;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads assessment's topic (findings, exceptions, attestations, drift) into the read models. A message that is not a
 * valid event fails before anything is written and the channel parks it on the dead-letter topic; an event of a type
 * this service does not use is acknowledged and ignored, so assessment can add types without breaking reporting.
 */
@ApplicationScoped
public class AssessmentEventConsumer {

    static final String CHANNEL = "findings";
    private static final Logger LOG = Logger.getLogger(AssessmentEventConsumer.class);

    @Inject
    ReadModelWriter writer;

    @Inject
    FindingProjector findings;

    @Inject
    ExceptionProjector exceptions;

    @Inject
    AttestationProjector attestations;

    @Inject
    DriftProjector drifts;

    /** Blocking: it writes to PostgreSQL through JDBC, which must not run on the event loop. */
    @Incoming(CHANNEL)
    @Blocking
    public void consume(String message) {
        String type = EventCodec.typeOf(message);
        switch (type) {
            case FindingChanged.TYPE -> writer.write(message, type, FindingChanged.class, findings::apply);
            case ExceptionChanged.TYPE -> writer.write(message, type, ExceptionChanged.class, exceptions::apply);
            case AttestationChanged.TYPE -> writer.write(message, type, AttestationChanged.class,
                    attestations::apply);
            case DriftDetected.TYPE -> writer.write(message, type, DriftDetected.class, drifts::apply);
            default -> LOG.debugf("Ignoring event type %s on channel %s", type, CHANNEL);
        }
    }
}
