package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.contracts.DriftDetected;
import io.demarc.contracts.ResourceRef;
import io.demarc.reporting.model.Drift;
import io.demarc.reporting.repository.DriftRepository;

/** Records each drift once; a drift id seen again (a replay) changes nothing. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DriftProjector {

    @Inject
    DriftRepository drifts;

    public void apply(String tenantId, DriftDetected detected) {
        if (drifts.findByKey(tenantId, detected.driftId()).isPresent()) {
            return;
        }
        ResourceRef resource = detected.resource();
        Drift drift = new Drift();
        drift.tenantId = tenantId;
        drift.driftId = detected.driftId();
        drift.baselineId = detected.baselineId();
        drift.accountId = resource.accountId();
        drift.awsRegion = resource.awsRegion();
        drift.resourceType = resource.resourceType();
        drift.resourceId = resource.resourceId();
        drift.arn = resource.arn();
        drift.patch = detected.patch();
        drift.itemHash = detected.itemHash();
        drift.detectedAt = detected.detectedAt();
        drifts.persist(drift);
    }
}
