package io.demarc.catalog.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ConfigurationItemOrderTest {

    static final Instant T1 = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant T2 = Instant.parse("2024-01-01T00:00:01Z");

    @Test
    void theLaterCaptureTimeIsNewerWhateverTheStateIds() {
        assertThat(ConfigurationItemOrder.compare(T1, "9", T2, "1")).isNegative();
        assertThat(ConfigurationItemOrder.compare(T2, null, T1, "1")).isPositive();
    }

    @Test
    void onEqualTimesNumericStateIdsDecideAsNumbers() {
        assertThat(ConfigurationItemOrder.compare(T1, "9", T1, "10")).isNegative();
        assertThat(ConfigurationItemOrder.compare(T1, "1484002215156", T1, "1484002214328")).isPositive();
    }

    @Test
    void onEqualTimesOtherStateIdsDecideNothing() {
        assertThat(ConfigurationItemOrder.compare(T1, "3e660fdf", T1, "cdb571fa")).isZero();
        assertThat(ConfigurationItemOrder.compare(T1, "5", T1, null)).isZero();
    }
}
