package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PidFilesTest {

    @TempDir
    Path dir;

    private Process child;

    @AfterEach
    void killChild() {
        if (child != null) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly();
        }
    }

    @Test
    void writesAndReadsAPid() {
        PidFiles pidFiles = new PidFiles(dir);

        pidFiles.write("kafka", 4242);

        assertThat(pidFiles.read("kafka")).hasValue(4242);
        assertThat(pidFiles.file("kafka")).isEqualTo(dir.resolve("kafka.pid"));
    }

    @Test
    void missingOrGarbledFilesMeanNotRunning() throws IOException {
        PidFiles pidFiles = new PidFiles(dir);
        Files.writeString(dir.resolve("keycloak.pid"), "not a pid");

        assertThat(pidFiles.liveProcess("postgres", "marker")).isEmpty();
        assertThat(pidFiles.liveProcess("keycloak", "marker")).isEmpty();
        assertThat(dir.resolve("keycloak.pid")).doesNotExist();
    }

    @Test
    void aPidOfAnExitedProcessIsStaleAndRemoved() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor(10, TimeUnit.SECONDS);
        PidFiles pidFiles = new PidFiles(dir);
        pidFiles.write("kafka", finished.pid());

        assertThat(pidFiles.liveProcess("kafka", "anything")).isEmpty();
        assertThat(pidFiles.file("kafka")).doesNotExist();
    }

    @Test
    void aLiveProcessWithoutOurMarkerIsNeverTreatedAsOurs() {
        PidFiles pidFiles = new PidFiles(dir);
        // This test JVM is alive, but it is certainly not a Demarc component: e.g. a PID reused after a reboot.
        pidFiles.write("inventory", ProcessHandle.current().pid());

        assertThat(pidFiles.liveProcess("inventory", "-Ddemarc.instance=inventory@" + dir)).isEmpty();
        assertThat(pidFiles.file("inventory")).doesNotExist();
    }

    @Test
    void aLiveProcessWithOurMarkerIsOurs() throws IOException {
        String marker = "-Ddemarc.instance=kafka@" + dir;
        child = new ProcessBuilder("sh", "-c", "sleep 30", marker).start();
        PidFiles pidFiles = new PidFiles(dir);
        pidFiles.write("kafka", child.pid());

        assertThat(pidFiles.liveProcess("kafka", marker)).hasValue(child.pid());
    }

    @Test
    void theMarkerMustMatchAWholeArgumentNotAPrefix() throws IOException {
        // DEMARC_HOME=/tmp/a must not claim the processes of DEMARC_HOME=/tmp/ab.
        child = new ProcessBuilder("sh", "-c", "sleep 30", "-Ddemarc.instance=kafka@" + dir + "b").start();

        assertThat(PidFiles.isOurs(child.pid(), "-Ddemarc.instance=kafka@" + dir)).isFalse();
    }

    @Test
    void stopEndsTheProcessTreeGracefully() throws Exception {
        child = Processes.startDetached(List.of("sh", "-c", "sleep 60 & wait"), Map.of(), dir, dir.resolve("log"));
        Processes.sleep(Duration.ofMillis(200));
        List<ProcessHandle> tree = child.descendants().toList();

        boolean forced = Processes.stop(child.pid(), Duration.ofSeconds(5));

        assertThat(forced).isFalse();
        assertThat(child.isAlive()).isFalse();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void stopKillsWhatIgnoresTermAfterTheGracePeriod() throws Exception {
        String name = "demarc-test-" + UUID.randomUUID();
        child = Processes.startDetached(List.of("sh", "-c", "trap '' TERM; while true; do sleep 1; done", name),
                Map.of(), dir, dir.resolve("log"));
        Processes.sleep(Duration.ofMillis(300));

        boolean forced = Processes.stop(child.pid(), Duration.ofMillis(500));

        assertThat(forced).isTrue();
        assertThat(child.waitFor(5, TimeUnit.SECONDS)).isTrue();
    }
}
