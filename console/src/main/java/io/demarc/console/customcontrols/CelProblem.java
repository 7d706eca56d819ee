package io.demarc.console.customcontrols;

import java.util.List;

import io.demarc.console.client.ApiException;

/**
 * assessment's refusal of a control (400 problem+json) with where it went wrong: the field, and for an expression that
 * does not compile the 1-based line and column of the first error.
 */
public class CelProblem extends ApiException {

    private final String field;
    private final Integer line;
    private final Integer column;

    public CelProblem(String title, String detail, List<String> violations, String field, Integer line,
            Integer column) {
        super(400, title, detail, violations);
        this.field = field;
        this.line = line;
        this.column = column;
    }

    /** expression, applicability, evidence, or another field of the control; null when the service named none. */
    public String field() {
        return field;
    }

    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
