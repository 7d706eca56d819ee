package io.demarc.assessment.drift.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.drift.model.Baseline;
import io.demarc.assessment.drift.repository.BaselineRepository;
import io.demarc.service.rest.HttpProblems;

/** Approves baselines: the configuration every live resource in scope has now becomes the one it should keep. */
@ApplicationScoped
@Transactional
public class BaselineService {

    @Inject
    BaselineRepository baselines;

    /** @param accountId null for every account of the tenant */
    public Baseline approve(String tenantId, String accountId, String note, String approver, Instant now) {
        Baseline baseline = new Baseline();
        baseline.tenantId = tenantId;
        baseline.accountId = accountId;
        baseline.note = note;
        baseline.approvedBy = approver;
        baseline.approvedAt = now;
        baselines.persist(baseline);
        baseline.resourceCount = baselines.snapshot(baseline);
        if (baseline.resourceCount == 0) {
            // Thrown inside the transaction, so the empty baseline row is rolled back with it.
            throw HttpProblems.conflict(accountId == null
                    ? "this tenant has no resources yet: a baseline needs at least one"
                    : "account " + accountId + " has no resources in this tenant: a baseline needs at least one");
        }
        return baseline;
    }
}
