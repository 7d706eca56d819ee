package io.demarc.contracts;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A resource's configuration departed from its approved baseline.
 *
 * @param patch RFC 6902 JSON Patch turning the baseline configuration into the current one
 * @param itemHash SHA-256 of the configuration item that drifted
 */
public record DriftDetected(
        String tenantId,
        String driftId,
        String baselineId,
        ResourceRef resource,
        JsonNode patch,
        String itemHash,
        Instant detectedAt) implements EventData {

    public static final String TYPE = "io.demarc.assessment.drift.detected.v1";

    @Override
    public void requireComplete() {
        Fields.require(tenantId, "tenantId");
        Fields.require(driftId, "driftId");
        Fields.require(detectedAt, "detectedAt");
        Fields.requireResource(resource, "resource");
    }
}
