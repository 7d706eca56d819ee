package io.demarc.inventory.api;

import java.time.Instant;

import io.demarc.inventory.model.TenantStatus;

/** A tenant as the API shows it; the ExternalId only appears in the onboarding answer. */
public record TenantView(String id, String name, TenantStatus status, Instant createdAt, Instant updatedAt) {
}
