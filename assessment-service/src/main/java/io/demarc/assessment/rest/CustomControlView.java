package io.demarc.assessment.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.contracts.Severity;

/** A tenant's control as stored, with who changed it last; {@code revision} grows with every change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomControlView(
        String id,
        String title,
        String description,
        Severity severity,
        List<String> resourceTypes,
        String domain,
        String expression,
        String applicability,
        String evidence,
        String remediation,
        Map<String, List<String>> references,
        int revision,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
