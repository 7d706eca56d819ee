package io.demarc.console.client;

import java.util.List;

/**
 * A service answered with an error. Carries what its problem+json said, so a page can show the reason in words; the
 * console never shows a stack trace.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<String> violations;

    public ApiException(int status, String title, String detail, List<String> violations) {
        super(status + " " + title + (detail == null ? "" : ": " + detail));
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The service's explanation, or null. */
    public String detail() {
        return detail;
    }

    /** Field-level complaints of a 400 (e.g. "name: must not be blank"); empty otherwise. */
    public List<String> violations() {
        return violations;
    }

    /** The one line a user reads: the detail when the service gave one, else the title. */
    public String message() {
        return detail != null && !detail.isBlank() ? detail : title;
    }
}
