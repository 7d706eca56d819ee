package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.FindingChanged;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.reporting.mapping.FindingMapper;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.model.TallyBucket;
import io.demarc.reporting.repository.ControlTallyRepository;
import io.demarc.reporting.repository.FindingRepository;

/**
 * Keeps the finding read model at the newest result assessment has reported for each finding, and with it the
 * per-control counters posture reads and the opened/closed history trends read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingProjector {

    /** What became of one event. */
    public enum Outcome {
        CREATED, UPDATED, STALE
    }

    @Inject
    FindingRepository repository;

    @Inject
    FindingMapper mapper;

    @Inject
    ControlTallyRepository tallies;

    @Inject
    FindingHistory history;

    /**
     * Applies a change reported for {@code tenantId}. Kafka keeps one resource's events in order, but a replay or a
     * re-partitioning can still deliver an older evaluation after a newer one: that one must not win.
     */
    public Outcome apply(String tenantId, FindingChanged change) {
        Finding finding = repository.findByTenantAndFindingId(tenantId, change.findingId()).orElse(null);
        if (finding == null) {
            finding = new Finding();
            finding.tenantId = tenantId;
            finding.findingId = change.findingId();
            finding.firstSeenAt = change.firstSeen() != null ? change.firstSeen() : change.evaluatedAt();
            finding.statusChangedAt = change.evaluatedAt();
            mapper.copy(change, finding);
            history.record(finding, null);
            repository.persist(finding);
            tallies.add(tenantId, finding.accountId, finding.controlId, finding.severity, bucket(finding), 1);
            return Outcome.CREATED;
        }
        if (change.evaluatedAt().isBefore(finding.evaluatedAt)) {
            return Outcome.STALE;
        }
        FindingStatus before = finding.status;
        String accountBefore = finding.accountId;
        String controlBefore = finding.controlId;
        TallyBucket bucketBefore = bucket(finding);
        Severity severityBefore = finding.severity;
        if (before != change.status()) {
            finding.statusChangedAt = change.evaluatedAt();
        }
        mapper.copy(change, finding);
        history.record(finding, before);
        if (bucketBefore != bucket(finding) || !accountBefore.equals(finding.accountId)
                || !controlBefore.equals(finding.controlId) || severityBefore != finding.severity) {
            tallies.add(tenantId, accountBefore, controlBefore, severityBefore, bucketBefore, -1);
            tallies.add(tenantId, finding.accountId, finding.controlId, finding.severity, bucket(finding), 1);
        }
        return Outcome.UPDATED;
    }

    private static TallyBucket bucket(Finding finding) {
        return TallyBucket.of(finding.status, finding.exceptionId);
    }
}
