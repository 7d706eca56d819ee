package io.demarc.assessment.drift.rest;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A point on a resource's timeline: a finding of it changed status (kind STATUS), or its configuration drifted from
 * the baseline (kind DRIFT).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(String kind, Instant at, String controlId, String previousStatus, String status,
        String driftId, JsonNode patch) {
}
