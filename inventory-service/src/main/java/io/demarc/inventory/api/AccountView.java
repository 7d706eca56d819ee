package io.demarc.inventory.api;

import java.time.Instant;
import java.util.List;

import io.demarc.inventory.model.AccountStatus;

/**
 * An AWS account of a tenant.
 *
 * @param roleArn the read-only role Demarc assumes in the account
 * @param collectionInterval ISO-8601 duration
 * @param statusReason why the last AssumeRole failed, when {@code status} is FAILING
 */
public record AccountView(
        String accountId,
        String name,
        String environment,
        List<String> regions,
        String collectionInterval,
        String roleArn,
        AccountStatus status,
        String statusReason,
        Instant statusChangedAt,
        Instant lastVerifiedAt,
        Instant createdAt,
        Instant updatedAt) {
}
