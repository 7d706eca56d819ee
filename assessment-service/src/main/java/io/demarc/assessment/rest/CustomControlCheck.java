package io.demarc.assessment.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The expressions of a custom control to check ({@code /validate}) or try on the tenant's current resources
 * ({@code /dry-run}) without saving anything: what an editor sends before the control is complete.
 *
 * @param resourceTypes the types to try the control on; required for a dry run, checked for their form when given
 */
public record CustomControlCheck(
        @NotBlank @Size(max = 10_000) String expression,
        @Size(max = 10_000) String applicability,
        @Size(max = 10_000) String evidence,
        @Size(max = 50) List<@NotBlank String> resourceTypes) {
}
