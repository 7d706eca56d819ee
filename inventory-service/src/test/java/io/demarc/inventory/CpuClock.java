package io.demarc.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM (the service and the in-JVM Kafka broker) and by the embedded PostgreSQL, read from
 * Linux's /proc. On a busy machine wall-clock rates say more about the neighbours than about
 * the code; CPU seconds per item do not.
 */
final class CpuClock {

    /** Clock ticks per second of /proc/<pid>/stat on Linux (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuClock() {
    }

    /** CPU seconds of this JVM. */
    static double jvmSeconds() {
        return seconds(ProcessHandle.current().pid());
    }

    /**
     * CPU seconds of the PostgreSQL server listening on {@code port} and its backends. The embedded server detaches from
     * the JVM (its parent is init), so it is found by the {@code -p <port>} of its command line.
     */
    static double postgresSeconds(int port) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(dir -> isPostmaster(dir, port))
                    .mapToDouble(dir -> {
                        long pid = Long.parseLong(dir.getFileName().toString());
                        double children = ProcessHandle.of(pid).map(ProcessHandle::descendants).orElse(Stream.empty())
                                .mapToDouble(child -> seconds(child.pid())).sum();
                        return seconds(pid) + children;
                    }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static boolean isPostmaster(Path dir, int port) {
        try {
            String command = Files.readString(dir.resolve("cmdline")).replace('\0', ' ');
            return command.contains("postgres -D ") && command.contains(" -p " + port + " ");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces, hence the last ')'); utime and stime are 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
