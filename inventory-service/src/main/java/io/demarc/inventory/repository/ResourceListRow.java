package io.demarc.inventory.repository;

import java.time.Instant;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The columns of a resource a listing shows: everything but the (possibly large) item. */
@RegisterForReflection
public record ResourceListRow(
        Long id,
        String accountId,
        String awsRegion,
        String resourceType,
        String resourceId,
        String resourceName,
        String arn,
        Instant configurationItemCaptureTime,
        String configurationStateId,
        String configurationItemStatus,
        boolean deleted,
        Instant updatedAt) {
}
