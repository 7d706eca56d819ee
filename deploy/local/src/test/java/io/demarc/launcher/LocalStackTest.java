package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link LocalStack} decides without starting anything. */
class LocalStackTest {

    @TempDir
    Path repo;

    @TempDir
    Path home;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    private LocalStack stack(String... only) {
        StackConfig.Builder builder = StackConfig.builder(repo).home(home).randomFreePorts();
        if (only.length > 0) {
            builder.only(only);
        }
        return LocalStack.configure(builder.build()).output(new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingServiceJarFailsBeforeAnythingStarts() {
        LocalStack stack = stack();

        assertThatThrownBy(stack::up)
                .isInstanceOf(LauncherException.class)
                .hasMessageContaining("missing");
        assertThat(stack.status().noneRunning()).isTrue();
        assertThat(home.resolve("postgres/data")).doesNotExist();
    }

    @Test
    void theMissingJarIsNamed() {
        LocalStack stack = stack("inventory");

        assertThatThrownBy(stack::up)
                .hasMessageContaining("inventory-service is not built")
                .hasMessageContaining(repo.resolve("inventory-service/target/quarkus-app/quarkus-run.jar").toString());
    }

    @Test
    void statusOfAFreshHomeListsEveryComponentStopped() {
        StackStatus status = stack().status();

        assertThat(status.components()).extracting(ComponentStatus::name).containsExactly("postgres", "kafka",
                "keycloak", "inventory", "ownership", "assessment", "reporting", "console");
        assertThat(status.noneRunning()).isTrue();
        assertThat(status.component("inventory").orElseThrow().url()).endsWith("/q/swagger-ui");
    }

    @Test
    void theConsoleIsReachedAtItsPortsRoot() {
        LocalStack stack = stack();
        int port = stack.config().port(PortSetting.CONSOLE);

        assertThat(stack.status().component("console").orElseThrow().url()).isEqualTo("http://localhost:" + port);
        assertThat(stack.endpoints().consoleUrl()).isEqualTo("http://localhost:" + port);
    }

    @Test
    void aMissingConsoleJarIsNamed() {
        LocalStack stack = stack("console");

        assertThatThrownBy(stack::up)
                .hasMessageContaining("console is not built")
                .hasMessageContaining(repo.resolve("console/target/quarkus-app/quarkus-run.jar").toString());
    }

    @Test
    void theSummaryShowsTheConsoleFirstWithTheDemoLogins() {
        LocalStack stack = stack();
        List<ComponentStatus> running = stack.status().components().stream()
                .map(c -> new ComponentStatus(c.name(), c.displayName(), true, c.port(), OptionalLong.of(1), c.url()))
                .toList();

        stack.printSummary(new StackStatus(running));

        String summary = output.toString(StandardCharsets.UTF_8);
        String consoleUrl = stack.endpoints().consoleUrl();
        List<String> lines = summary.lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines.get(0)).contains(consoleUrl);
        assertThat(summary.indexOf("msp-operator")).isLessThan(summary.indexOf("/q/swagger-ui"));
        assertThat(summary.indexOf(consoleUrl)).isLessThan(summary.indexOf("Keycloak admin console"));
        assertThat(summary).containsOnlyOnce("Demo logins");
    }

    @Test
    void withoutTheConsoleTheSummaryStillListsTheDemoLogins() {
        LocalStack stack = stack();
        List<ComponentStatus> statuses = stack.status().components().stream()
                .map(c -> new ComponentStatus(c.name(), c.displayName(), !c.name().equals("console"), c.port(),
                        OptionalLong.of(1), c.url()))
                .toList();

        stack.printSummary(new StackStatus(statuses));

        String summary = output.toString(StandardCharsets.UTF_8);
        assertThat(summary).doesNotContain("Open the console").containsOnlyOnce("Demo logins");
    }

    @Test
    void downWithNothingRunningSaysSoAndRemovesStalePidFiles() throws Exception {
        Files.createDirectories(home.resolve("run"));
        Files.writeString(home.resolve("run/kafka.pid"), ProcessHandle.current().pid() + "\n");

        stack().down();

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Demarc is not running.");
        assertThat(home.resolve("run/kafka.pid")).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
