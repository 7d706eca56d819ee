package io.demarc.console.customcontrols;

/**
 * What checking an expression said, ready for the editor: either it compiles, or the message with the field, line
 * and column, the source line at fault and a caret under the column.
 */
public record CheckOutcome(boolean valid, String message, String field, Integer line, Integer column,
        String sourceLine, String caret) {

    static CheckOutcome ok() {
        return new CheckOutcome(true, "The expression compiles and type-checks within the limits.", null, null, null,
                null, null);
    }

    static CheckOutcome of(CelProblem problem, ControlForm form) {
        String message = problem.message();
        if (!problem.violations().isEmpty()) {
            message = message + ": " + String.join("; ", problem.violations());
        }
        String sourceLine = null;
        String caret = null;
        Integer line = problem.line();
        Integer column = problem.column();
        String source = form.source(problem.field());
        if (line != null && column != null && source != null) {
            String[] lines = source.split("\\R", -1);
            if (line >= 1 && line <= lines.length) {
                sourceLine = lines[line - 1];
                caret = " ".repeat(Math.max(0, Math.min(column - 1, sourceLine.length()))) + "^";
            }
        }
        return new CheckOutcome(false, message, problem.field(), line, column, sourceLine, caret);
    }

    /** Which control of the editor the error belongs to, for aria-describedby and the highlight. */
    public String fieldId() {
        return field == null ? "control-expression" : "control-" + field;
    }
}
