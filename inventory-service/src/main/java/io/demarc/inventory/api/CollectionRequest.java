package io.demarc.inventory.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A collection run to start.
 *
 * @param accountIds the tenant's accounts to collect; all of them when left out
 */
public record CollectionRequest(
        @Size(min = 1, max = 500) List<@NotNull @Pattern(regexp = "\\d{12}", message = "must be an AWS account id of 12 digits") String> accountIds) {
}
