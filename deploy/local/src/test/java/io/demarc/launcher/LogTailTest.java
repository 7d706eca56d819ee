package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLines() throws Exception {
        Path log = dir.resolve("kafka.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogTail.lastLines(log, 2)).containsExactly("three", "four");
        assertThat(LogTail.lastLines(log, 10)).containsExactly("one", "two", "three", "four");
        assertThat(LogTail.lastLines(dir.resolve("missing.log"), 5)).isEmpty();
    }
}
