package io.demarc.service.messaging;

import java.time.Duration;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.demarc.contracts.InvalidEventException;

/**
 * Retries work that failed for a reason that may pass (a database restart, a lock timeout) with growing pauses. An
 * {@link InvalidEventException} is never retried: the message itself is bad, and retrying would only delay its way
 * to the dead-letter topic. When the attempts are used up the last failure is thrown, so the message is parked on
 * the dead-letter topic rather than lost.
 */
public final class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;

    /** How to wait between attempts; replaced in tests. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration pause) throws InterruptedException;
    }

    public TransientRetry(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.sleeper = sleeper;
    }

    public <T> T call(String what, Supplier<T> work) {
        Duration pause = initialBackoff;
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (isPoison(e) || attempt >= maxAttempts) {
                    throw e;
                }
                LOG.warnf("%s failed (attempt %d of %d), retrying in %d ms: %s", what, attempt, maxAttempts,
                        pause.toMillis(), e.toString());
                pause(pause);
                pause = pause.multipliedBy(2).compareTo(maxBackoff) > 0 ? maxBackoff : pause.multipliedBy(2);
            }
        }
    }

    private void pause(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    static boolean isPoison(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidEventException) {
                return true;
            }
        }
        return false;
    }
}
