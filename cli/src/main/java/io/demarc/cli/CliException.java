package io.demarc.cli;

/** A failure the user can act on, told in one line; exit code 2 for a refusal by the server, 3 when unreachable. */
public class CliException extends RuntimeException {

    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
