package io.demarc.assessment.exception.rest;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.demarc.contracts.AssignmentScope;

/**
 * A request to accept a risk: give {@code findingId} for one finding, or {@code controlId} and {@code scope} for a
 * control wherever the scope matches.
 *
 * @param controlId optional with {@code findingId} (the finding names its control), required with {@code scope}
 * @param expiresAt required, in the future, at most {@code demarc.exceptions.max-duration} ahead
 */
public record ExceptionRequest(
        @Size(max = 200) String controlId,
        @Size(max = 64) String findingId,
        AssignmentScope scope,
        @NotBlank @Size(max = 4000) String justification,
        @NotNull Instant expiresAt) {
}
