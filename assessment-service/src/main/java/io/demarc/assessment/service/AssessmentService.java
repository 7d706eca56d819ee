package io.demarc.assessment.service;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.demarc.assessment.mapping.FindingEventMapper;
import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.repository.LatestEvaluationRepository;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.engine.Evaluation;
import io.demarc.catalog.engine.Evidence;
import io.demarc.catalog.engine.PreparedItem;
import io.demarc.catalog.engine.RuleEngine;
import io.demarc.contracts.CloudEvent;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.contracts.EventCodec;
import io.demarc.contracts.EventKeys;
import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.ResourceChanged;
import io.demarc.contracts.Topics;
import io.demarc.service.outbox.Outbox;

/**
 * Assesses one resource change: evaluates every control covering the resource's type, stores the latest evaluation
 * of each, and announces through the outbox each finding whose status is new or changed. Unchanged verdicts are
 * stored (new hash, new capture time) but not announced, so replaying inventory produces no events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AssessmentService {

    static final String SOURCE = "/demarc/assessment-service";
    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    @Inject
    RuleEngine engine;

    @Inject
    ControlLibrary library;

    @Inject
    LatestEvaluationRepository evaluations;

    @Inject
    FindingEventMapper mapper;

    @Inject
    Outbox outbox;

    /** Applies one change; returns how many findings changed status. */
    public int assess(String tenantId, ResourceChanged change) {
        ConfigurationItem item = change.item();
        PreparedItem prepared = PreparedItem.of(item);
        Map<String, LatestEvaluation> stored = evaluations.forResource(tenantId, item.ref()).stream()
                .collect(Collectors.toMap(row -> row.controlId, Function.identity()));
        List<Evaluation> results = change.change() == ResourceChanged.Change.DELETED || item.isDeletion()
                ? closeAll(stored.values(), prepared)
                : engine.evaluate(prepared);
        Instant now = Instant.now();
        int changed = 0;
        for (Evaluation result : results) {
            if (record(tenantId, item, result, stored.get(result.controlId()), now)) {
                changed++;
            }
        }
        return changed;
    }

    /** A deleted resource complies with nothing and violates nothing: every finding it had closes. */
    private static List<Evaluation> closeAll(Collection<LatestEvaluation> stored, PreparedItem item) {
        Evidence evidence = new Evidence(null, item.sha256(), item.captureTime());
        return stored.stream()
                .map(row -> new Evaluation(row.controlId, FindingStatus.NOT_APPLICABLE, "the resource was deleted",
                        evidence))
                .toList();
    }

    /** Stores one evaluation; returns true when its status changed and a finding event was appended. */
    private boolean record(String tenantId, ConfigurationItem item, Evaluation result, LatestEvaluation row,
            Instant now) {
        Control control = library.find(result.controlId()).orElse(null);
        if (control == null) {
            // A control removed from the catalog since this row was stored: nothing to evaluate it with.
            return false;
        }
        if (row != null && isOlder(item.configurationItemCaptureTime(), row.itemCaptureTime)) {
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
        }
        copy(item, result, now, row);
        evaluations.persist(row);
        if (result.status() == previous) {
            return false;
        }
        FindingChanged data = mapper.toEvent(row, control, previous);
        CloudEvent<FindingChanged> event = EventCodec.envelope(SOURCE, FindingChanged.TYPE, tenantId, row.findingId,
                data);
        outbox.append(Topics.ASSESSMENT_FINDINGS, EventKeys.forResource(tenantId, item.ref()), event);
        return true;
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
        row.itemCaptureTime = item.configurationItemCaptureTime();
        row.evaluatedAt = now;
        row.catalogVersion = library.version();
        row.evidence = result.evidence().toJson().toString();
    }

    private static boolean isOlder(Instant candidate, Instant evaluated) {
        return candidate != null && evaluated != null && candidate.isBefore(evaluated);
    }
}
