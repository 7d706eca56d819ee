package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceStoredOwnerOnlyAndStable() throws Exception {
        Path file = dir.resolve("secrets/postgres-password");

        String first = Secrets.readOrCreate(file);
        String second = Secrets.readOrCreate(file);

        assertThat(second).isEqualTo(first);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readString(file)).doesNotContain("\n");
    }

    @Test
    void everySecretIsDifferent() {
        assertThat(Secrets.generate()).isNotEqualTo(Secrets.generate());
    }
}
