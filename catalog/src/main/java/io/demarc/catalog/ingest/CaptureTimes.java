package io.demarc.catalog.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@code configurationItemCaptureTime} in the forms AWS emits: ISO-8601 with {@code Z} or an offset (snapshots,
 * notifications, boto3 dumps), and epoch numbers (the Config API's JSON wire format uses seconds with a fraction; some
 * old tools wrote milliseconds). Times are kept to the microsecond, the precision PostgreSQL stores.
 */
final class CaptureTimes {

    /** Epoch values above this are milliseconds: in seconds it would be the year 5138. */
    private static final BigDecimal MILLIS_THRESHOLD = new BigDecimal("100000000000");
    private static final Pattern EPOCH_TEXT = Pattern.compile("\\d{1,15}(\\.\\d{1,9})?");

    private CaptureTimes() {
    }

    /**
     * @throws IllegalArgumentException with a message fit for the user when the value is not a time
     */
    static Instant parse(JsonNode value) {
        if (value.isNumber()) {
            return fromEpoch(value.decimalValue());
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("must be an ISO-8601 time or an epoch number, got " + value);
        }
        String text = value.asText().strip();
        if (EPOCH_TEXT.matcher(text).matches()) {
            return fromEpoch(new BigDecimal(text));
        }
        try {
            return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "must be an ISO-8601 time with a zone (2016-06-09T08:59:59.139Z) or an epoch number, got \""
                            + abbreviate(text) + "\"");
        }
    }

    private static Instant fromEpoch(BigDecimal epoch) {
        if (epoch.signum() < 0) {
            throw new IllegalArgumentException("must not be before 1970, got " + epoch.toPlainString());
        }
        BigDecimal micros = epoch.compareTo(MILLIS_THRESHOLD) > 0
                ? epoch.movePointRight(3)
                : epoch.movePointRight(6);
        try {
            return Instant.EPOCH.plus(micros.setScale(0, RoundingMode.HALF_UP).longValueExact(), ChronoUnit.MICROS);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("is not a plausible epoch time: " + epoch.toPlainString());
        }
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
