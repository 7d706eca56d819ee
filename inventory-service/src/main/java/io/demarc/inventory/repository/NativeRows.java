package io.demarc.inventory.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads column values of native query rows, whichever Java type the driver and Hibernate chose for them. */
final class NativeRows {

    private NativeRows() {
    }

    static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
