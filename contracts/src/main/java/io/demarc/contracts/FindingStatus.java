package io.demarc.contracts;

/** Outcome of one control on one resource. */
public enum FindingStatus {
    PASS, FAIL, NOT_APPLICABLE, ERROR
}
