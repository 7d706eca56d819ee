package io.demarc.catalog.engine;

import java.time.Clock;
import java.time.LocalDate;

/** The evaluation date as {@code yyyy-MM-dd} in UTC, recomputed only when the day changes. */
final class Today {

    private static final long MILLIS_PER_DAY = 86_400_000L;

    private final Clock clock;
    private volatile Day day = new Day(Long.MIN_VALUE, "");

    Today(Clock clock) {
        this.clock = clock;
    }

    String text() {
        long epochDay = Math.floorDiv(clock.millis(), MILLIS_PER_DAY);
        Day current = day;
        if (current.epochDay() != epochDay) {
            current = new Day(epochDay, LocalDate.ofEpochDay(epochDay).toString());
            day = current;
        }
        return current.text();
    }

    private record Day(long epochDay, String text) {
    }
}
