package io.demarc.assessment.service;

/**
 * A custom control that cannot be accepted, with the field at fault and, for an expression that does not compile, the
 * 1-based line and column of the first error.
 */
public class InvalidCustomControlException extends RuntimeException {

    private final String field;
    private final Integer line;
    private final Integer column;

    public InvalidCustomControlException(String field, String message) {
        this(field, message, null, null);
    }

    public InvalidCustomControlException(String field, String message, Integer line, Integer column) {
        super(message);
        this.field = field;
        this.line = line;
        this.column = column;
    }

    public String field() {
        return field;
    }

    /** Null when the problem is not at one place of an expression. */
    public Integer line() {
        return line;
    }

    public Integer column() {
        return column;
    }
}
