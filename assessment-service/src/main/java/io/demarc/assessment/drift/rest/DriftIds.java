package io.demarc.assessment.drift.rest;

import java.util.Optional;

/** Baseline and drift ids are numbers; anything else names nothing. */
final class DriftIds {

    private DriftIds() {
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
