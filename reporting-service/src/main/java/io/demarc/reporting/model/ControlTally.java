package io.demarc.reporting.model;

/**
 * How the findings of one control stand across a tenant (or one of its accounts): the counters posture is computed
 * from, so its cost does not grow with the number of resources.
 *
 * @param excepted failures an approved exception accepts
 * @param other NOT_APPLICABLE and ERROR results, which say nothing about the requirement
 */
public record ControlTally(String controlId, long passing, long failing, long excepted, long other) {

    /** Whether at least one resource was judged PASS or FAIL. */
    public boolean evaluated() {
        return passing + failing + excepted > 0;
    }
}
