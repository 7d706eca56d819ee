package io.demarc.inventory.model;

/** One step of a run: SKIPPED when its region is not enabled in the account. */
public enum CollectionRunStepStatus {
    PENDING, RUNNING, SUCCEEDED, FAILED, SKIPPED;

    public boolean done() {
        return this == SUCCEEDED || this == FAILED || this == SKIPPED;
    }
}
