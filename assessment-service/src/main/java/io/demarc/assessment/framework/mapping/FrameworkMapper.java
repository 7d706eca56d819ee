package io.demarc.assessment.framework.mapping;

import java.time.LocalDate;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.assessment.framework.model.Attestation;
import io.demarc.assessment.framework.rest.AttestationView;
import io.demarc.assessment.framework.rest.FrameworkSummary;
import io.demarc.assessment.framework.rest.RequirementView;
import io.demarc.assessment.framework.service.AttestationStatus;
import io.demarc.assessment.framework.service.RequirementStatuses.Status;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.frameworks.Requirement;

/** Between the catalog's frameworks, the tenant's attestations and the API's views. */
@ApplicationScoped
public class FrameworkMapper {

    public FrameworkSummary toSummary(Framework framework, Map<String, Status> statuses) {
        long attested = statuses.values().stream().filter(s -> s.status() == AttestationStatus.ATTESTED).count();
        return new FrameworkSummary(framework.key(), framework.title(), framework.version(),
                framework.requirements().size(), framework.count(Fulfilment.INHERITED),
                framework.count(Fulfilment.AUTOMATED), framework.count(Fulfilment.MANUAL), attested,
                statuses.size() - attested);
    }

    public RequirementView toView(Requirement requirement, Status status) {
        Attestation decisive = status == null ? null : status.decisive();
        return new RequirementView(requirement.id(), requirement.title(), requirement.fulfilment(),
                requirement.side(), requirement.awsAttestation(), requirement.controlIds(),
                status == null ? null : status.status(), decisive == null ? null : decisive.id,
                decisive == null ? null : decisive.validUntil);
    }

    public AttestationView toView(Attestation attestation, LocalDate today) {
        return new AttestationView(attestation.id, attestation.framework, attestation.requirementId,
                attestation.statement, attestation.attestor, attestation.evidenceFileName,
                attestation.evidenceContentType, attestation.evidenceSize, attestation.evidenceSha256,
                attestation.validFrom, attestation.validUntil, attestation.validOn(today), attestation.recordedBy,
                attestation.recordedAt, attestation.withdrawnBy, attestation.withdrawnAt);
    }
}
