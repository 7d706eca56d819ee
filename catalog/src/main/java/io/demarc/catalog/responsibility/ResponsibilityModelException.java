package io.demarc.catalog.responsibility;

/** Responsibility data that cannot be used: the message names the file and says every thing that is wrong. */
public class ResponsibilityModelException extends RuntimeException {

    public ResponsibilityModelException(String message) {
        super(message);
    }

    public ResponsibilityModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
