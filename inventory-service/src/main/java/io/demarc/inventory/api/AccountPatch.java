package io.demarc.inventory.api;

import static io.demarc.inventory.api.AccountRequest.ENVIRONMENT;
import static io.demarc.inventory.api.AccountRequest.ENVIRONMENT_RULE;
import static io.demarc.inventory.api.AccountRequest.REGION;
import static io.demarc.inventory.api.AccountRequest.REGION_RULE;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The settings of an AWS account to change; a field left out (or null) keeps its value. */
public record AccountPatch(
        @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String name,
        @Pattern(regexp = ENVIRONMENT, message = ENVIRONMENT_RULE) String environment,
        @Size(min = 1, max = 40) List<@NotNull @Pattern(regexp = REGION, message = REGION_RULE) String> regions,
        String collectionInterval) {
}
