package io.demarc.catalog.recordings;

/**
 * Recorded calls that were not turned into items, with why: calls that change the account (recorded by tools that
 * also remediate) and reads this normalizer does not model.
 */
public record SkippedOperation(String service, String operation, int calls, String reason) {
}
