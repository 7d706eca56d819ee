package io.demarc.inventory.api;

/**
 * What a pushed notification did.
 *
 * @param messageType AWS Config's messageType; messages of other types than item changes are acknowledged unused
 * @param received configuration items in the notification
 * @param stored items that changed what is stored
 * @param unchanged items identical to what is stored
 * @param stale items older than what is stored
 * @param pendingFetches oversized items recorded to be fetched in full (see {@code /pending-fetches})
 */
public record PushSummary(String messageType, int received, int stored, int unchanged, int stale,
        int pendingFetches) {

    public static PushSummary ignored(String messageType) {
        return new PushSummary(messageType, 0, 0, 0, 0, 0);
    }

    public static PushSummary of(String messageType, ImportSummary summary) {
        return new PushSummary(messageType, summary.received(), summary.stored(), summary.unchanged(),
                summary.stale(), 0);
    }
}
