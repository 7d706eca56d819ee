package io.demarc.reporting.export;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/** Converts the values native queries return, whose Java types depend on the driver and Hibernate version. */
final class SqlValues {

    private SqlValues() {
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass().getName());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
