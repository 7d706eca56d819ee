package io.demarc.assessment.framework.rest;

import java.time.LocalDate;

/**
 * An attested requirement whose proof runs out soon: the attestation that holds it longest ends on {@code validUntil}
 * and no other valid one reaches further.
 *
 * @param daysLeft days from today (UTC) to {@code validUntil}; 0 when it ends today
 */
public record ExpiringAttestation(String framework, String frameworkTitle, String requirementId,
        String requirementTitle, String attestationId, String attestor, LocalDate validUntil, long daysLeft) {
}
