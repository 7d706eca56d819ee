package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment that wires the console to Keycloak and the four services, and to nothing else. */
class ConsoleEnvironmentTest {

    @TempDir
    Path repo;

    @TempDir
    Path home;

    private Map<String, String> environment() {
        StackConfig config = StackConfig.builder(repo).home(home).port(PortSetting.KEYCLOAK, 28080)
                .port(PortSetting.CONSOLE, 28090).port(PortSetting.INVENTORY, 28081)
                .port(PortSetting.OWNERSHIP, 28082).port(PortSetting.ASSESSMENT, 28083)
                .port(PortSetting.REPORTING, 28084).build();
        return new ConsoleComponent(config).environment();
    }

    @Test
    void listensOnItsPortAndSignsInAgainstTheLocalRealm() {
        assertThat(environment()).containsEntry("QUARKUS_HTTP_HOST", "127.0.0.1")
                .containsEntry("QUARKUS_HTTP_PORT", "28090")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:28080/realms/demarc");
    }

    @Test
    void callsTheFourLocalServices() {
        assertThat(environment()).containsEntry("DEMARC_INVENTORY_URL", "http://localhost:28081")
                .containsEntry("DEMARC_OWNERSHIP_URL", "http://localhost:28082")
                .containsEntry("DEMARC_ASSESSMENT_URL", "http://localhost:28083")
                .containsEntry("DEMARC_REPORTING_URL", "http://localhost:28084");
    }

    @Test
    void hasNoDatabaseAndNoKafka() {
        assertThat(environment().keySet()).noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE")
                || name.startsWith("QUARKUS_FLYWAY") || name.startsWith("KAFKA"));
    }

    @Test
    void theSessionSecretIsGeneratedOnceAndKeptOwnerOnly() throws Exception {
        String first = environment().get("DEMARC_CONSOLE_SESSION_SECRET");
        String second = environment().get("DEMARC_CONSOLE_SESSION_SECRET");

        // Quarkus wants at least 32 characters to encrypt the session cookie.
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).isEqualTo(second);
        Path file = new StateLayout(home).secret(ConsoleComponent.SESSION_SECRET);
        assertThat(Files.readString(file)).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
}
