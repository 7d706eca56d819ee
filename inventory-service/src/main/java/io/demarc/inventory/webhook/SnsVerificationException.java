package io.demarc.inventory.webhook;

/** An SNS message whose signature cannot be verified; the message says why, and never holds message content. */
public class SnsVerificationException extends RuntimeException {

    public SnsVerificationException(String message) {
        super(message);
    }
}
