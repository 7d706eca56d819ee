package io.demarc.catalog.controls;

/** A control definition that cannot be used: the message names the source and the control, and says what is wrong. */
public class ControlDefinitionException extends RuntimeException {

    public ControlDefinitionException(String message) {
        super(message);
    }

    public ControlDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
