package io.demarc.inventory.api;

/**
 * What collection did; {@code items + deleted = stored + unchanged + stale}.
 *
 * @param calls AWS API calls made
 * @param failedCalls calls AWS refused or did not answer (some are answers: no password policy is a 404)
 * @param items configuration items the answers were normalized into
 * @param stored items and deletions that changed what is stored, each announced by one event
 * @param unchanged items identical to what is stored
 * @param stale items older than what is stored
 * @param deleted stored resources an error-free step no longer saw, marked deleted
 */
public record CollectionCounts(int calls, int failedCalls, int items, int stored, int unchanged, int stale,
        int deleted) {

    public static final CollectionCounts ZERO = new CollectionCounts(0, 0, 0, 0, 0, 0, 0);

    public CollectionCounts plus(CollectionCounts other) {
        return new CollectionCounts(calls + other.calls, failedCalls + other.failedCalls, items + other.items,
                stored + other.stored, unchanged + other.unchanged, stale + other.stale, deleted + other.deleted);
    }
}
