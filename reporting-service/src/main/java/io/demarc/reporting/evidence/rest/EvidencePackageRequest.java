package io.demarc.reporting.evidence.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Body of {@code POST .../evidence-packages}.
 *
 * @param framework a framework key, e.g. {@code cis-aws-3.0}
 * @param from first UTC day of the period
 * @param to last UTC day of the period (inclusive)
 */
public record EvidencePackageRequest(
        @NotBlank(message = "framework is required, e.g. \"cis-aws-3.0\"") String framework,
        @NotNull(message = "from is required (YYYY-MM-DD)") LocalDate from,
        @NotNull(message = "to is required (YYYY-MM-DD)") LocalDate to) {
}
