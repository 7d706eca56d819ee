package io.demarc.inventory.model;

/** Where a collection run is: waiting, running, or done (PARTIAL when any step failed, FAILED when none worked). */
public enum CollectionRunStatus {
    QUEUED, RUNNING, SUCCEEDED, PARTIAL, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == PARTIAL || this == FAILED;
    }
}
