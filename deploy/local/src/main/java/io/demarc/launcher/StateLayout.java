package io.demarc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Where each piece of local state lives under {@code DEMARC_HOME}. */
public final class StateLayout {

    private final Path home;

    public StateLayout(Path home) {
        this.home = home;
    }

    public Path home() {
        return home;
    }

    public Path logs() {
        return home.resolve("logs");
    }

    public Path logFile(String component) {
        return logs().resolve(component + ".log");
    }

    /** PID files of the processes {@code up} started. */
    public Path run() {
        return home.resolve("run");
    }

    /** Generated passwords, one per file, mode 600, in a directory only the owner can enter. */
    public Path secrets() {
        return home.resolve("secrets");
    }

    public Path secret(String name) {
        return secrets().resolve(name);
    }

    /** Small facts the launcher remembers between runs (cluster id, what demo data was loaded, ...). */
    public Path state() {
        return home.resolve("state");
    }

    public Path postgres() {
        return home.resolve("postgres");
    }

    public Path kafka() {
        return home.resolve("kafka");
    }

    public Path keycloak() {
        return home.resolve("keycloak");
    }

    /** Working directory of a service process. */
    public Path work(String component) {
        return home.resolve("work").resolve(component);
    }

    public Path lockFile() {
        return run().resolve("launcher.lock");
    }

    public void createDirectories() {
        try {
            for (Path dir : new Path[]{home, logs(), run(), state(), postgres(), kafka(), keycloak()}) {
                Files.createDirectories(dir);
            }
            if (!Files.isDirectory(secrets())) {
                Files.createDirectories(secrets());
            }
            Files.setPosixFilePermissions(secrets(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the state directories under " + home, e);
        }
    }
}
