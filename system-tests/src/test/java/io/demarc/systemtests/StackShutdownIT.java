package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.demarc.launcher.ComponentStatus;
import io.demarc.launcher.LocalStack;

/** Runs after every other IT class (see junit-platform.properties): {@code down} stops the shared stack cleanly. */
@ExtendWith(RealStack.class)
@Order(Integer.MAX_VALUE)
class StackShutdownIT {

    @Test
    void downLeavesNoProcessBehind() {
        LocalStack stack = RealStack.running().stack();
        List<Long> pids = stack.status().components().stream().map(ComponentStatus::pid)
                .filter(pid -> pid.isPresent()).map(pid -> pid.getAsLong()).toList();
        assertThat(pids).hasSizeGreaterThanOrEqualTo(7);

        stack.down();

        // A daemon (the PostgreSQL postmaster) is reaped by init a moment after it exits: allow for that.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(pids).noneMatch(StackShutdownIT::running));
        assertThat(stack.status().noneRunning()).isTrue();
    }

    /** Alive and not a zombie (an exited process whose parent has not collected it yet). */
    private static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException e) {
            return false;
        }
    }
}
