package io.demarc.assessment.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.assessment.mapping.FindingEventMapper;
import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.model.StatusFlip;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.assessment.repository.StatusFlipRepository;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceRef;
import io.demarc.contracts.Topics;
import io.demarc.service.outbox.Outbox;

/**
 * Stores evaluations and announces a finding when its status, its owner or the exception covering it differs from
 * what was last announced. A replay that changes none of these stores the new evaluation and announces nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingRecorder {

    static final String SOURCE = "/demarc/assessment-service";
    private static final Logger LOG = Logger.getLogger(FindingRecorder.class);

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    StatusFlipRepository flips;

    @Inject
    ControlLibrary library;

    @Inject
    ExceptionCoverage exceptions;

    @Inject
    FindingEventMapper mapper;

    @Inject
    Outbox outbox;

    /**
     * Stores one evaluation of {@code control} on {@code item}; {@code row} is the stored one, null if none.
     *
     * @return true when a finding event was appended
     */
    public boolean record(String tenantId, ConfigurationItem item, Control control, Evaluation result,
            LatestEvaluation row, TenantOwners owners, Instant now) {
        return record(tenantId, item, control, result, row, owners, now, true);
    }

    /**
     * Stores one evaluation of an account-scoped control. Its subject is a set of items, whose newest capture time
     * goes back when that item is deleted, so capture times do not order these evaluations: the latest one wins.
     */
    public boolean recordAccount(String tenantId, ConfigurationItem account, Control control, Evaluation result,
            LatestEvaluation row, TenantOwners owners, Instant now) {
        return record(tenantId, account, control, result, row, owners, now, false);
    }

    private boolean record(String tenantId, ConfigurationItem item, Control control, Evaluation result,
            LatestEvaluation row, TenantOwners owners, Instant now, boolean ordered) {
        if (ordered && row != null && isOlder(item.configurationItemCaptureTime(), row.itemCaptureTime)) {
            LOG.debugf("Ignored stale item of %s for %s: captured %s, already evaluated %s", item.resourceId(),
                    control.id(), item.configurationItemCaptureTime(), row.itemCaptureTime);
            return false;
        }
        FindingStatus previous = row == null ? null : row.status;
        if (row == null) {
            row = new LatestEvaluation();
            row.tenantId = tenantId;
            row.findingId = FindingIds.of(tenantId, control.id(), item.ref());
            row.controlId = control.id();
            row.firstSeen = now;
        }
        Announced before = Announced.of(row);
        copy(item, result, now, row);
        row.domain = control.domain();
        surround(row, control, item.tags(), owners, now);
        evaluations.persist(row);
        boolean statusChanged = result.status() != previous;
        if (statusChanged) {
            flip(row, previous, now);
        }
        if (!statusChanged && before.equals(Announced.of(row))) {
            return false;
        }
        announce(row, control, previous);
        return true;
    }

    /**
     * Recomputes the owner and the covering exception of a stored finding without evaluating it again.
     *
     * @return true when either changed and the finding was announced again
     */
    public boolean refresh(LatestEvaluation row, Control control, Map<String, String> tags, TenantOwners owners,
            Instant now) {
        Announced before = Announced.of(row);
        row.domain = control.domain();
        surround(row, control, tags, owners, now);
        if (before.equals(Announced.of(row))) {
            return false;
        }
        announce(row, control, row.status);
        return true;
    }

    /** Closes a finding whose control is gone: announced as not applicable (if it was not already). */
    public boolean close(LatestEvaluation row, Control control, String reason, Instant now) {
        FindingStatus previous = row.status;
        row.status = FindingStatus.NOT_APPLICABLE;
        row.message = reason;
        row.evaluatedAt = now;
        if (previous == FindingStatus.NOT_APPLICABLE) {
            return false;
        }
        announce(row, control, previous);
        return true;
    }

    private void surround(LatestEvaluation row, Control control, Map<String, String> tags, TenantOwners owners,
            Instant now) {
        ResourceRef resource = row.resource();
        tags = tags == null ? Map.of() : tags;
        row.owner(owners.ownerOf(resource, tags, control.domain()));
        Optional<ExceptionCoverage.CoveringException> covering = exceptions.covering(row.tenantId, control.id(),
                row.findingId, resource, tags, now);
        row.exceptionId = covering.map(ExceptionCoverage.CoveringException::exceptionId).orElse(null);
        // PostgreSQL keeps microseconds: compare what will be read back, or every refresh would look like a change.
        row.exceptionExpiresAt = covering.map(ExceptionCoverage.CoveringException::expiresAt)
                .map(at -> at.truncatedTo(ChronoUnit.MICROS)).orElse(null);
    }

    private void flip(LatestEvaluation row, FindingStatus previous, Instant now) {
        StatusFlip flip = new StatusFlip();
        flip.tenantId = row.tenantId;
        flip.findingId = row.findingId;
        flip.previousStatus = previous;
        flip.status = row.status;
        flip.flippedAt = now;
        flips.persist(flip);
    }

    private void announce(LatestEvaluation row, Control control, FindingStatus previous) {
        FindingChanged data = mapper.toEvent(row, control, previous);
        CloudEvent<FindingChanged> event = EventCodec.envelope(SOURCE, FindingChanged.TYPE, row.tenantId,
                row.findingId, data);
        outbox.append(Topics.ASSESSMENT_FINDINGS, EventKeys.forResource(row.tenantId, row.resource()), event);
    }

    private void copy(ConfigurationItem item, Evaluation result, Instant now, LatestEvaluation row) {
        row.accountId = item.accountId();
        row.awsRegion = item.awsRegion();
        row.resourceType = item.resourceType();
        row.resourceId = item.resourceId();
        row.arn = item.arn();
        row.status = result.status();
        row.message = result.message();
        row.itemHash = result.evidence().itemHash();
        row.itemCaptureTime = result.evidence().itemCaptureTime() != null
                ? result.evidence().itemCaptureTime()
                : item.configurationItemCaptureTime();
        row.evaluatedAt = now;
        row.catalogVersion = library.version();
        row.evidence = result.evidence().toJson().toString();
    }

    private static boolean isOlder(Instant candidate, Instant evaluated) {
        return candidate != null && evaluated != null && candidate.isBefore(evaluated);
    }

    /** What a finding event says beyond the status; a change of any part is announced. */
    private record Announced(String ownerTeamId, String ownerName, String exceptionId, Instant exceptionExpiresAt) {

        static Announced of(LatestEvaluation row) {
            return new Announced(row.ownerTeamId, row.ownerName, row.exceptionId, row.exceptionExpiresAt);
        }
    }
}
