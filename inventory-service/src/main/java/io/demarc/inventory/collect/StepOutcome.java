package io.demarc.inventory.collect;

/**
 * How a step that ran went.
 *
 * @param error AWS's errors of the calls that left a gap, one per line; {@code null} when there were none
 */
record StepOutcome(boolean failed, String error, int calls, int failedCalls, int items, int stored, int unchanged,
        int stale, int deleted) {
}
