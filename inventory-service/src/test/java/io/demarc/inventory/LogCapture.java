package io.demarc.inventory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects every log record of the application while open: the tests assert that no secret ever reaches a log. */
final class LogCapture extends Handler implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    static LogCapture open() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        Object[] parameters = record.getParameters();
        StringBuilder line = new StringBuilder(String.valueOf(message));
        if (parameters != null) {
            for (Object parameter : parameters) {
                line.append(' ').append(parameter);
            }
        }
        for (Throwable failure = record.getThrown(); failure != null; failure = failure.getCause()) {
            line.append(' ').append(failure);
        }
        lines.add(line.toString());
    }

    /** Everything logged so far, one entry per record: the message, its parameters and any exceptions. */
    String text() {
        return String.join("\n", lines);
    }

    int records() {
        return lines.size();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
