package io.demarc.assessment.framework.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.assessment.framework.model.Attestation;
import io.demarc.assessment.framework.repository.AttestationRepository;
import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.Requirement;

/** The attestation status of each attestable requirement of a framework, for one tenant on one day. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RequirementStatuses {

    @Inject
    AttestationRepository attestations;

    /** Each attestable requirement's status and the attestation that decides it (the longest-running valid one). */
    public record Status(AttestationStatus status, Attestation decisive) {
    }

    public Map<String, Status> of(String tenantId, Framework framework, LocalDate day) {
        Map<String, List<Attestation>> byRequirement = attestations.standing(tenantId, framework.key()).stream()
                .collect(Collectors.groupingBy(attestation -> attestation.requirementId));
        return framework.requirements().stream().filter(Attestability::attestable)
                .collect(Collectors.toMap(Requirement::id,
                        requirement -> status(byRequirement.getOrDefault(requirement.id(), List.of()), day),
                        (first, second) -> first));
    }

    private static Status status(List<Attestation> standing, LocalDate day) {
        Optional<Attestation> valid = standing.stream().filter(attestation -> attestation.validOn(day))
                .max(Comparator.comparing(attestation -> attestation.validUntil));
        if (valid.isPresent()) {
            return new Status(AttestationStatus.ATTESTED, valid.get());
        }
        return standing.isEmpty()
                ? new Status(AttestationStatus.MISSING, null)
                : new Status(AttestationStatus.EXPIRED, null);
    }
}
