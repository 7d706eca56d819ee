package io.demarc.assessment.framework.rest;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.assessment.framework.service.AttestationStatus;
import io.demarc.catalog.frameworks.Fulfilment;
import io.demarc.catalog.responsibility.Side;

/**
 * A requirement and how it is met.
 *
 * @param attestation for requirements that take attestations (MANUAL, or SHARED): ATTESTED, EXPIRED or MISSING
 * @param attestationId the attestation valid today, when ATTESTED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequirementView(String id, String title, Fulfilment fulfilment, Side side, String awsAttestation,
        List<String> controlIds, AttestationStatus attestation, String attestationId, LocalDate attestedUntil) {
}
