package io.demarc.assessment.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.demarc.contracts.ResourceRef;

/**
 * Which approved, unexpired exception accepts the risk of a finding. The exceptions package implements it; the
 * assessment consults it whenever it announces a finding.
 */
public interface ExceptionCoverage {

    Optional<CoveringException> covering(String tenantId, String controlId, String findingId, ResourceRef resource,
            Map<String, String> tags, Instant at);

    record CoveringException(String exceptionId, Instant expiresAt) {
    }
}
