package io.demarc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * PID files under {@code $DEMARC_HOME/run/}. A PID is only trusted while one of the process's arguments is still
 * the component's marker: after a crash or reboot the number may belong to an unrelated process, which we must never
 * kill.
 */
public final class PidFiles {

    private final Path directory;

    public PidFiles(Path directory) {
        this.directory = directory;
    }

    public Path file(String component) {
        return directory.resolve(component + ".pid");
    }

    public void write(String component, long pid) {
        try {
            Files.createDirectories(directory);
            Files.writeString(file(component), pid + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file(component), e);
        }
    }

    /** The recorded PID, whether or not the process still runs. */
    public OptionalLong read(String component) {
        Path file = file(component);
        if (!Files.isRegularFile(file)) {
            return OptionalLong.empty();
        }
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).strip();
            return OptionalLong.of(Long.parseLong(content));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public void delete(String component) {
        try {
            Files.deleteIfExists(file(component));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file(component), e);
        }
    }

    /**
     * The recorded PID if that process is alive and one of its arguments is {@code marker}; otherwise the PID file
     * is stale, is removed, and the result is empty.
     */
    public OptionalLong liveProcess(String component, String marker) {
        OptionalLong pid = read(component);
        if (pid.isEmpty()) {
            if (Files.exists(file(component))) {
                delete(component); // unreadable content
            }
            return OptionalLong.empty();
        }
        if (isOurs(pid.getAsLong(), marker)) {
            return pid;
        }
        delete(component);
        return OptionalLong.empty();
    }

    /** True if {@code pid} is alive and one of its arguments is exactly {@code marker}. */
    public static boolean isOurs(long pid, String marker) {
        return Processes.isAlive(pid) && Processes.arguments(pid).contains(marker);
    }
}
