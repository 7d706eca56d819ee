package io.demarc.reporting.evidence.model;

/** Where an evidence package job stands. */
public enum EvidencePackageStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
