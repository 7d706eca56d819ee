package io.demarc.inventory.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A tenant's new display name; its id never changes. */
public record TenantRenameRequest(@NotBlank @Size(max = 200) String name) {
}
