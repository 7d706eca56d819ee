package io.demarc.launcher;

import java.nio.file.Path;

/** A component that did not start; carries its log so the user sees the last lines. */
public class ComponentFailedException extends LauncherException {

    private final transient Path logFile;

    public ComponentFailedException(String message, Path logFile) {
        super(message);
        this.logFile = logFile;
    }

    public Path logFile() {
        return logFile;
    }
}
