package io.demarc.assessment.rest;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.demarc.contracts.Severity;

/**
 * One control in full, including the CEL it is evaluated with, so anyone can see exactly what is checked.
 *
 * @param catalogVersion the version of the control catalog this service evaluates with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ControlDetail(
        String id,
        String title,
        String description,
        Severity severity,
        List<String> resourceTypes,
        String domain,
        Map<String, List<String>> references,
        String remediation,
        String expression,
        String applicability,
        String evidence,
        String catalogVersion) {
}
