package io.demarc.catalog.assess;

import java.nio.file.Path;

/** An input the assessment cannot use; the message names the file and says why. */
public class UnreadableInputException extends RuntimeException {

    private final transient Path path;

    public UnreadableInputException(Path path, String reason, Throwable cause) {
        super(path + ": " + reason, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
