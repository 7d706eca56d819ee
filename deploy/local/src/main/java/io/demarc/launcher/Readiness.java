package io.demarc.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a readiness probe until it succeeds, the process dies, or the component's start timeout passes. */
public final class Readiness {

    /** A single check; any exception counts as "not ready yet". */
    @FunctionalInterface
    public interface Probe {
        boolean isReady() throws Exception;
    }

    private Readiness() {
    }

    public static void await(String displayName, Duration timeout, Probe probe, BooleanSupplier processAlive,
            Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (probeQuietly(probe)) {
                return;
            }
            if (!processAlive.getAsBoolean()) {
                throw new ComponentFailedException(displayName + " stopped while starting. See its log: " + logFile,
                        logFile);
            }
            if (System.nanoTime() > deadline) {
                throw new ComponentFailedException(displayName + " did not become ready within " + timeout.toSeconds()
                        + " s. See its log: " + logFile, logFile);
            }
            Processes.sleep(Duration.ofMillis(500));
        }
    }

    static boolean probeQuietly(Probe probe) {
        try {
            return probe.isReady();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted", e);
        } catch (Exception e) {
            return false;
        }
    }
}
