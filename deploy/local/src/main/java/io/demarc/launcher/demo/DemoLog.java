package io.demarc.launcher.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** What the demo loading did and how long each step took, appended to {@code logs/demo-data.log}. */
final class DemoLog {

    /** Loaders of several tenants write to one file. */
    private static final Object LOCK = new Object();

    private final Path file;
    private final String prefix;
    private long stepStarted = System.nanoTime();

    /**
     * @param file null: log nowhere
     * @param prefix put before every step, e.g. the tenant
     */
    DemoLog(Path file, String prefix) {
        this.file = file;
        this.prefix = prefix;
    }

    void start() {
        line("=====");
        stepStarted = System.nanoTime();
    }

    /** Logs a step that just ended, with the time since the previous one. */
    void step(String what) {
        long now = System.nanoTime();
        line(String.format(Locale.ROOT, "%-72s %6.1f s", prefix + what, (now - stepStarted) / 1e9));
        stepStarted = now;
    }

    private void line(String text) {
        if (file == null) {
            return;
        }
        synchronized (LOCK) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, Instant.now().truncatedTo(ChronoUnit.MILLIS) + " " + text + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // The log only explains; loading goes on without it.
            }
        }
    }
}
