package io.demarc.catalog.assess;

/**
 * Which state of a resource to judge when the input holds several (a recording that read a resource before and after
 * a change, or AWS Config history).
 */
public enum RecordedState {
    /** The newest state: the account as it is now. The default. */
    LAST,
    /** The oldest state: the account as the input first saw it (how Cloud Custodian's tests replay recordings). */
    FIRST
}
