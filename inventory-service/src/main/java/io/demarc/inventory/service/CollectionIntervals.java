package io.demarc.inventory.service;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** The collection interval of an account: an ISO-8601 duration from PT15M (AWS API quotas) to P7D. */
final class CollectionIntervals {

    static final Duration DEFAULT = Duration.ofHours(6);
    static final Duration MIN = Duration.ofMinutes(15);
    static final Duration MAX = Duration.ofDays(7);
    private static final String FIELD = "collectionInterval";

    private CollectionIntervals() {
    }

    /** {@code null} for the default; otherwise a 400 problem naming the field when out of range or malformed. */
    static Duration parse(String value) {
        if (value == null) {
            return DEFAULT;
        }
        Duration interval;
        try {
            interval = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problems.badField(FIELD, "must be an ISO-8601 duration such as PT6H or PT30M, got '"
                    + abbreviate(value) + "'");
        }
        if (interval.compareTo(MIN) < 0 || interval.compareTo(MAX) > 0) {
            throw Problems.badField(FIELD, "must be between " + MIN + " and " + MAX + ", got " + interval);
        }
        return interval;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
