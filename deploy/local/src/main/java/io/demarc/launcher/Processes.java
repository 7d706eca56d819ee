package io.demarc.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Starting detached processes and stopping process trees, Linux-style (via /proc). */
public final class Processes {

    private static final Path SETSID = firstExecutable("/usr/bin/setsid", "/bin/setsid");

    private Processes() {
    }

    /**
     * Starts {@code command} in its own session (so Ctrl-C in the terminal that ran {@code up} does not reach it and it
     * outlives the launcher), appending its output to {@code logFile}. A null value in {@code environment} removes
     * that inherited variable.
     */
    public static Process startDetached(List<String> command, Map<String, String> environment, Path workDir,
            Path logFile) {
        List<String> fullCommand = new ArrayList<>();
        if (SETSID != null) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        try {
            Files.createDirectories(workDir);
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(fullCommand).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            environment.forEach((name, value) -> {
                if (value == null) {
                    builder.environment().remove(name);
                } else {
                    builder.environment().put(name, value);
                }
            });
            return builder.start();
        } catch (IOException e) {
            throw new LauncherException("Cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a short command to completion, output appended to {@code logFile}; returns its exit code. */
    public static int run(List<String> command, Map<String, String> environment, Path workDir, Path logFile,
            Duration timeout) {
        Process process = startDetached(command, environment, workDir, logFile);
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process.pid(), Duration.ofSeconds(5));
                throw new LauncherException(String.join(" ", command.subList(0, Math.min(2, command.size())))
                        + " did not finish within " + timeout.toSeconds() + " s. Log: " + logFile);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while running " + command.get(0), e);
        }
    }

    /** Marks the start of a run in a component's log, so the output of earlier runs is easy to skip. */
    public static void appendLogHeader(Path logFile, String text) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "\n===== " + Instant.now() + " demarc: " + text + " =====\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + logFile, e);
        }
    }

    public static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The process's arguments (argv, from /proc), or empty if it is gone or a zombie. */
    public static List<String> arguments(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            byte[] raw = Files.readAllBytes(cmdline);
            if (raw.length == 0) {
                return List.of();
            }
            String joined = new String(raw, StandardCharsets.UTF_8);
            if (joined.endsWith("\0")) {
                joined = joined.substring(0, joined.length() - 1);
            }
            return List.of(joined.split("\0", -1));
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Asks the process and its descendants to terminate (SIGTERM), waits up to {@code grace}, then kills what is left
     * (SIGKILL). Returns true if anything had to be killed.
     */
    public static boolean stop(long pid, Duration grace) {
        Optional<ProcessHandle> root = ProcessHandle.of(pid);
        if (root.isEmpty()) {
            return false;
        }
        // Collected before the parent dies: afterwards the children are re-parented and no longer found.
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(root.get());
        root.get().descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(Duration.ofMillis(100));
        }
        boolean forced = false;
        for (ProcessHandle handle : tree) {
            if (handle.isAlive()) {
                handle.destroyForcibly();
                forced = true;
            }
        }
        long killDeadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < killDeadline && tree.stream().anyMatch(ProcessHandle::isAlive)) {
            sleep(Duration.ofMillis(50));
        }
        return forced;
    }

    /** The java binary of the running JVM: children use the same JDK the launcher was started with. */
    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted", e);
        }
    }

    private static Path firstExecutable(String... candidates) {
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        return null;
    }
}
