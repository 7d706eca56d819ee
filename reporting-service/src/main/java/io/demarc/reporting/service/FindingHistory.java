package io.demarc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.demarc.contracts.FindingStatus;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.model.FindingTransition;

/** Records when findings start and stop failing, and keeps {@link Finding#failingSince} in step. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FindingHistory {

    @Inject
    EntityManager em;

    /** Call after the finding took its new status; {@code before} is null for a finding seen the first time. */
    public void record(Finding finding, FindingStatus before) {
        boolean failsNow = finding.status == FindingStatus.FAIL;
        boolean failedBefore = before == FindingStatus.FAIL;
        if (failsNow && !failedBefore) {
            finding.failingSince = finding.evaluatedAt;
            em.persist(transition(finding, FindingTransition.Kind.OPENED, false, null));
        } else if (!failsNow && failedBefore) {
            em.persist(transition(finding, FindingTransition.Kind.CLOSED, finding.status == FindingStatus.PASS,
                    finding.failingSince));
            finding.failingSince = null;
        }
    }

    private static FindingTransition transition(Finding finding, FindingTransition.Kind kind, boolean remediated,
            java.time.Instant failingSince) {
        FindingTransition transition = new FindingTransition();
        transition.tenantId = finding.tenantId;
        transition.findingId = finding.findingId;
        transition.kind = kind;
        transition.remediated = remediated;
        transition.occurredAt = finding.evaluatedAt;
        transition.failingSince = failingSince;
        return transition;
    }
}
