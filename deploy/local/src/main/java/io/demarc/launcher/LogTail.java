package io.demarc.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** Reads the end of a log file, and follows it like {@code tail -f}. */
public final class LogTail {

    private LogTail() {
    }

    /** The last {@code count} lines of {@code file}; empty if it does not exist. */
    public static List<String> lastLines(Path file, int count) {
        if (!Files.isRegularFile(file) || count <= 0) {
            return List.of();
        }
        Deque<String> lines = new ArrayDeque<>(count);
        try (Stream<String> stream = Files.lines(file, StandardCharsets.UTF_8)) {
            stream.forEach(line -> {
                if (lines.size() == count) {
                    lines.removeFirst();
                }
                lines.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return List.of("(cannot read " + file + ": " + e.getMessage() + ")");
        }
        return new ArrayList<>(lines);
    }

    /** Prints what is appended to {@code file} until the thread is interrupted (Ctrl-C ends the JVM). */
    public static void follow(Path file, PrintStream out) {
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long position = reader.length();
            while (!Thread.currentThread().isInterrupted()) {
                long length = reader.length();
                if (length < position) {
                    position = 0; // truncated
                }
                if (length > position) {
                    reader.seek(position);
                    byte[] bytes = new byte[(int) Math.min(length - position, 1 << 20)];
                    reader.readFully(bytes);
                    position += bytes.length;
                    out.print(new String(bytes, StandardCharsets.UTF_8));
                    out.flush();
                } else {
                    Thread.sleep(300);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot follow " + file, e);
        }
    }
}
