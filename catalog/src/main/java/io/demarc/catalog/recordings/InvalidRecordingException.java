package io.demarc.catalog.recordings;

/** A recording that cannot be read or normalized as a whole; the message says what to fix. */
public class InvalidRecordingException extends RuntimeException {

    public InvalidRecordingException(String message) {
        super(message);
    }

    public InvalidRecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
