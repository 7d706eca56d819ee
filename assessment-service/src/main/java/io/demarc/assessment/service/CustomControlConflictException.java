package io.demarc.assessment.service;

/** A custom control that cannot be added as asked: its id is taken, or the tenant has as many as it may. */
public class CustomControlConflictException extends RuntimeException {

    public CustomControlConflictException(String message) {
        super(message);
    }
}
