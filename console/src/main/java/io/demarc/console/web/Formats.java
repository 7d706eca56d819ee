package io.demarc.console.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** How pages write times, numbers and statuses: one place, so every page says them the same way. */
@TemplateExtension(namespace = "fmt")
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** {@code {fmt:time(finding.firstSeen)}} → 2026-12-07 14:03 UTC; a dash for no time. */
    public static String time(Object instant) {
        Instant parsed = instant(instant);
        return parsed == null ? "—" : DATE_TIME.format(parsed);
    }

    /** {@code {fmt:date(x)}} → 2026-12-07; a dash for no date. */
    public static String date(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        Instant parsed = instant(value);
        return parsed == null ? "—" : DATE.format(parsed);
    }

    /** {@code {fmt:ago(x)}} → "3 days ago", "in 5 days", "just now". */
    public static String ago(Object value) {
        Instant parsed = instant(value);
        if (parsed == null) {
            return "—";
        }
        Duration between = Duration.between(parsed, Instant.now());
        boolean future = between.isNegative();
        Duration span = between.abs();
        String amount;
        if (span.toMinutes() < 1) {
            return "just now";
        } else if (span.toHours() < 1) {
            amount = plural(span.toMinutes(), "minute");
        } else if (span.toDays() < 1) {
            amount = plural(span.toHours(), "hour");
        } else {
            amount = plural(span.toDays(), "day");
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** {@code {fmt:lower(status)}} → a CSS-friendly word: FAIL → fail, NOT_EVALUATED → not-evaluated. */
    public static String css(Object value) {
        return value == null ? "none" : value.toString().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code {fmt:words(status)}} → NOT_EVALUATED → "not evaluated"; the way an enum is read aloud. */
    public static String words(Object value) {
        return value == null ? "—" : value.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code {fmt:number(n)}} → 12,734. */
    public static String number(Object value) {
        if (value instanceof Number number) {
            return String.format(Locale.ROOT, "%,d", number.longValue());
        }
        return value == null ? "—" : value.toString();
    }

    /** {@code {fmt:percent(score)}} → 87.5 %. */
    public static String percent(Object value) {
        if (value instanceof Number number) {
            return String.format(Locale.ROOT, "%.1f %%", number.doubleValue());
        }
        return "—";
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        try {
            return Instant.parse(value.toString());
        } catch (RuntimeException notAnInstant) {
            return null;
        }
    }

    private static String plural(long amount, String unit) {
        return amount + " " + unit + (amount == 1 ? "" : "s");
    }
}
