package io.demarc.service.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.demarc.contracts.InvalidEventException;

class TransientRetryTest {

    final List<Duration> pauses = new ArrayList<>();
    final TransientRetry retry = new TransientRetry(4, Duration.ofMillis(100), Duration.ofMillis(300), pauses::add);

    @Test
    void retriesATransientFailureUntilItPasses() {
        AtomicInteger calls = new AtomicInteger();

        String result = retry.call("work", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("connection reset");
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheLastFailure() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("work", () -> {
            throw new IllegalStateException("down " + calls.incrementAndGet());
        })).isInstanceOf(IllegalStateException.class).hasMessage("down 4");

        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void neverRetriesAPoisonMessage() {
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> retry.call("work", () -> {
            calls.incrementAndGet();
            throw new RuntimeException("wrapped", new InvalidEventException("the event has no tenantid"));
        })).hasRootCauseInstanceOf(InvalidEventException.class);

        assertThat(calls).hasValue(1);
        assertThat(pauses).isEmpty();
    }

    @Test
    void refusesZeroAttempts() {
        assertThatThrownBy(() -> new TransientRetry(0, Duration.ZERO, Duration.ZERO, pause -> {
        })).isInstanceOf(IllegalArgumentException.class);
    }
}
