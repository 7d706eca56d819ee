package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.FindingChanged;
import io.demarc.reporting.mapping.FindingMapper;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.repository.FindingRepository;

/** Keeps the finding read model at the newest result assessment has reported for each finding. */
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
            finding.firstSeenAt = change.evaluatedAt();
            finding.statusChangedAt = change.evaluatedAt();
            mapper.copy(change, finding);
            repository.persist(finding);
            return Outcome.CREATED;
        }
        if (change.evaluatedAt().isBefore(finding.evaluatedAt)) {
            return Outcome.STALE;
        }
        if (finding.status != change.status()) {
            finding.statusChangedAt = change.evaluatedAt();
        }
        mapper.copy(change, finding);
        return Outcome.UPDATED;
    }
}
