package io.demarc.inventory.service;

import org.hibernate.exception.ConstraintViolationException;

/** Recognizes a failed insert of a key that another transaction inserted first. */
final class UniqueViolations {

    private UniqueViolations() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
