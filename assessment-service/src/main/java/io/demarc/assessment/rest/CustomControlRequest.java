package io.demarc.assessment.rest;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.demarc.contracts.Severity;

/**
 * A tenant's control as written: CEL over {@code item}, the configuration item, like the catalog's controls.
 *
 * @param id required on create; on update it may be left out, and must match the path if given
 */
public record CustomControlRequest(
        @Size(max = 80) @Pattern(regexp = "^custom(-[a-z0-9]+)+$", message = "must start with custom- followed by lower-case words joined by dashes") String id,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull Severity severity,
        @NotEmpty @Size(max = 50) List<@NotBlank String> resourceTypes,
        @NotBlank String domain,
        @NotBlank @Size(max = 10_000) String expression,
        @Size(max = 10_000) String applicability,
        @Size(max = 10_000) String evidence,
        @Size(max = 4000) String remediation,
        Map<String, @NotNull @Size(max = 100) List<@NotBlank String>> references) {
}
