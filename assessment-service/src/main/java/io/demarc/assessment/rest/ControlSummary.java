package io.demarc.assessment.rest;

import java.util.List;
import java.util.Map;

import io.demarc.contracts.Severity;

/** A control as listed: what it checks, how bad a failure is, and which framework requirements it serves. */
public record ControlSummary(
        String id,
        String title,
        Severity severity,
        List<String> resourceTypes,
        String domain,
        Map<String, List<String>> references) {
}
