package io.demarc.assessment.drift.rest;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import io.demarc.contracts.ResourceRef;

/** @param patch RFC 6902 JSON Patch turning the baseline configuration into the drifted one */
public record DriftView(String id, String baselineId, ResourceRef resource, JsonNode patch, String itemHash,
        Instant itemCaptureTime, Instant detectedAt) {
}
