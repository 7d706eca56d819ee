package io.demarc.reporting.messaging;

import static io.demarc.reporting.messaging.EventChecks.require;
import static io.demarc.reporting.messaging.EventChecks.sameTenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.demarc.contracts.AttestationChanged;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.ExceptionChanged;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.ResourceRef;
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
            case FindingChanged.TYPE -> finding(EventCodec.read(message, type, FindingChanged.class));
            case ExceptionChanged.TYPE -> exception(EventCodec.read(message, type, ExceptionChanged.class));
            case AttestationChanged.TYPE -> attestation(EventCodec.read(message, type, AttestationChanged.class));
            case DriftDetected.TYPE -> drift(EventCodec.read(message, type, DriftDetected.class));
            default -> LOG.debugf("Ignoring event type %s on channel %s", type, CHANNEL);
        }
    }

    private void finding(CloudEvent<FindingChanged> event) {
        FindingChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.findingId(), "findingId", event);
        require(data.controlId(), "controlId", event);
        require(data.severity(), "severity", event);
        require(data.status(), "status", event);
        require(data.evaluatedAt(), "evaluatedAt", event);
        requireResource(data.resource(), event);
        writer.write(event, e -> findings.apply(e.tenantid(), e.data()));
    }

    private void exception(CloudEvent<ExceptionChanged> event) {
        ExceptionChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.exceptionId(), "exceptionId", event);
        require(data.state(), "state", event);
        require(data.changedAt(), "changedAt", event);
        writer.write(event, e -> exceptions.apply(e.tenantid(), e.data()));
    }

    private void attestation(CloudEvent<AttestationChanged> event) {
        AttestationChanged data = event.data();
        sameTenant(event, data.tenantId());
        require(data.attestationId(), "attestationId", event);
        require(data.change(), "change", event);
        require(data.framework(), "framework", event);
        require(data.requirementId(), "requirementId", event);
        if (data.change() == AttestationChanged.Change.RECORDED) {
            require(data.validFrom(), "validFrom", event);
            require(data.validUntil(), "validUntil", event);
        }
        writer.write(event, e -> attestations.apply(e.tenantid(), e.data()));
    }

    private void drift(CloudEvent<DriftDetected> event) {
        DriftDetected data = event.data();
        sameTenant(event, data.tenantId());
        require(data.driftId(), "driftId", event);
        require(data.detectedAt(), "detectedAt", event);
        requireResource(data.resource(), event);
        writer.write(event, e -> drifts.apply(e.tenantid(), e.data()));
    }

    private static void requireResource(ResourceRef resource, CloudEvent<?> event) {
        require(resource, "resource", event);
        require(resource.accountId(), "resource.accountId", event);
        require(resource.resourceType(), "resource.resourceType", event);
        require(resource.resourceId(), "resource.resourceId", event);
    }
}
