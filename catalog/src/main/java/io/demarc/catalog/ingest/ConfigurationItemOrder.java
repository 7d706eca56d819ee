package io.demarc.catalog.ingest;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Comparator;
import java.util.regex.Pattern;

import io.demarc.contracts.ConfigurationItem;

/**
 * Which of two configuration items of one resource is newer: the later capture time wins; on equal times, the higher
 * {@code configurationStateId} wins when both are numbers (AWS Config numbers states in order; v1.0 items carry UUIDs,
 * which say nothing about order). A configuration item never overwrites a newer one.
 */
public final class ConfigurationItemOrder {

    /** Oldest first. */
    public static final Comparator<ConfigurationItem> OLDEST_FIRST = (a, b) -> compare(
            a.configurationItemCaptureTime(), a.configurationStateId(), b.configurationItemCaptureTime(),
            b.configurationStateId());

    private static final Pattern NUMBER = Pattern.compile("\\d{1,40}");

    private ConfigurationItemOrder() {
    }

    /** Negative when state a is older than state b, positive when newer, zero when neither can be said to be newer. */
    public static int compare(Instant captureTimeA, String stateIdA, Instant captureTimeB, String stateIdB) {
        int byTime = captureTimeA.compareTo(captureTimeB);
        if (byTime != 0) {
            return byTime;
        }
        if (isNumber(stateIdA) && isNumber(stateIdB)) {
            return new BigInteger(stateIdA).compareTo(new BigInteger(stateIdB));
        }
        return 0;
    }

    private static boolean isNumber(String stateId) {
        return stateId != null && NUMBER.matcher(stateId).matches();
    }
}
