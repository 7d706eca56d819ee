package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StackConfigTest {

    private final Path repo = Path.of("/work/repo");

    @Test
    void defaultsLiveInTheRepositoryAndUseTheDocumentedPorts() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(), repo);

        assertThat(config.home()).isEqualTo(Path.of("/work/repo/.demarc"));
        assertThat(config.launcherBuildDir()).isEqualTo(Path.of("/work/repo/deploy/local/target"));
        assertThat(config.port(PortSetting.POSTGRES)).isEqualTo(15432);
        assertThat(config.port(PortSetting.KAFKA)).isEqualTo(19092);
        assertThat(config.port(PortSetting.KAFKA_CONTROLLER)).isEqualTo(19093);
        assertThat(config.port(PortSetting.KEYCLOAK)).isEqualTo(18080);
        assertThat(config.port(PortSetting.KEYCLOAK_MANAGEMENT)).isEqualTo(19000);
        assertThat(config.port(PortSetting.INVENTORY)).isEqualTo(8081);
        assertThat(config.port(PortSetting.REPORTING)).isEqualTo(8084);
        assertThat(config.port(PortSetting.CONSOLE)).isEqualTo(8080);
        assertThat(config.selection().isEverything()).isTrue();
        assertThat(config.loadDemoData()).isTrue();
    }

    @Test
    void environmentOverridesHomeAndPorts() {
        StackConfig config = StackConfig.fromEnvironment(
                Map.of("DEMARC_HOME", "/var/tmp/demarc", "DEMARC_KAFKA_PORT", " 29092 ", "DEMARC_INVENTORY_PORT",
                        "9081", "DEMARC_CONSOLE_PORT", "9080"),
                repo);

        assertThat(config.home()).isEqualTo(Path.of("/var/tmp/demarc"));
        assertThat(config.port(PortSetting.KAFKA)).isEqualTo(29092);
        assertThat(config.port(PortSetting.INVENTORY)).isEqualTo(9081);
        assertThat(config.port(PortSetting.CONSOLE)).isEqualTo(9080);
        assertThat(config.port(PortSetting.POSTGRES)).isEqualTo(15432);
    }

    @Test
    void relativeHomeIsMadeAbsolute() {
        StackConfig config = StackConfig.fromEnvironment(Map.of("DEMARC_HOME", "state/../my-state"), repo);

        assertThat(config.home()).isAbsolute();
        assertThat(config.home()).isEqualTo(Path.of("my-state").toAbsolutePath());
    }

    @Test
    void blankVariablesKeepTheDefaults() {
        StackConfig config = StackConfig.fromEnvironment(Map.of("DEMARC_HOME", " ", "DEMARC_KEYCLOAK_PORT", ""), repo);

        assertThat(config.home()).isEqualTo(Path.of("/work/repo/.demarc"));
        assertThat(config.port(PortSetting.KEYCLOAK)).isEqualTo(18080);
    }

    @Test
    void invalidPortNamesTheVariable() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("DEMARC_POSTGRES_PORT", "fifteen"), repo))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("DEMARC_POSTGRES_PORT")
                .hasMessageContaining("'fifteen'");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("DEMARC_KAFKA_PORT", "70000"), repo))
                .hasMessageContaining("DEMARC_KAFKA_PORT");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("DEMARC_KAFKA_PORT", "0"), repo))
                .hasMessageContaining("between 1 and 65535");
    }

    @Test
    void thesamePortTwiceIsRejectedWithBothVariables() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("DEMARC_OWNERSHIP_PORT", "8081"), repo))
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("DEMARC_INVENTORY_PORT")
                .hasMessageContaining("DEMARC_OWNERSHIP_PORT");
    }

    @Test
    void randomFreePortsAreDistinctAndNotTheDefaults() {
        StackConfig config = StackConfig.builder(repo).home(Path.of("/tmp/x")).randomFreePorts().build();

        assertThat(new HashSet<>(config.ports().values())).hasSize(PortSetting.values().length);
        assertThat(config.port(PortSetting.POSTGRES)).isNotEqualTo(15432);
    }

    @Test
    void toBuilderKeepsEverything() {
        StackConfig config = StackConfig.builder(repo).home(Path.of("/tmp/h")).port(PortSetting.KAFKA, 1234)
                .only("infra").loadDemoData(false).build();

        StackConfig copy = config.toBuilder().build();

        assertThat(copy.home()).isEqualTo(config.home());
        assertThat(copy.ports()).isEqualTo(config.ports());
        assertThat(copy.selection().names()).containsExactly("postgres", "kafka", "keycloak");
        assertThat(copy.loadDemoData()).isFalse();
    }

    @Test
    void keycloakGetsTheLongestStartTimeout() {
        StackConfig config = StackConfig.builder(repo).build();

        assertThat(config.startTimeout("keycloak")).isGreaterThan(config.startTimeout("kafka"));
        assertThat(config.startTimeout("inventory").toSeconds()).isPositive();
    }
}
