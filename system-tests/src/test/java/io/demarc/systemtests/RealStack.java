package io.demarc.systemtests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.demarc.launcher.ComponentSelection;
import io.demarc.launcher.Endpoints;
import io.demarc.launcher.LocalStack;
import io.demarc.launcher.StackConfig;

/**
 * Starts the real stack (PostgreSQL, Kafka, Keycloak, the four services and the console, through the launcher, on free ports, with
 * the demo data) once for every IT class of the run, and stops it when the run ends. Starting it takes 25-90 s, so the
 * classes share it: each is annotated {@code @ExtendWith(RealStack.class)} and reaches it with {@link #running()}.
 */
final class RealStack implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealStack.class);

    private static volatile Running running;

    /**
     * {@code -Ddemarc.system-test.stack=environment}: the stack that DEMARC_HOME and DEMARC_*_PORT name (one that
     * {@code ./demarc up} started), to iterate on one test class ({@code -Dit.test=...}) without a fresh start; the
     * run leaves it running.
     */
    private static final boolean REUSED = "environment".equals(System.getProperty("demarc.system-test.stack"));

    /** The started stack; JUnit closes it (stops the stack) when the root context, i.e. the whole run, ends. */
    record Running(LocalStack stack, Endpoints endpoints, StackClient client) implements AutoCloseable {

        @Override
        public void close() {
            if (!REUSED) {
                stack.down();
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // The root store outlives every class, so the stack starts once per run and stops after the last class.
        running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(),
                Running.class);
    }

    /** The stack the current run started. */
    static Running running() {
        if (running == null) {
            throw new IllegalStateException("annotate the test class with @ExtendWith(RealStack.class)");
        }
        return running;
    }

    /**
     * A build machine shared with other builds (load average 20 and more on 2 cores) took 210 s and more for
     * Keycloak's first start, past {@code ./demarc}'s 300 s now and then: the tests wait longer rather than fail.
     */
    private static StackConfig.Builder withSlowMachineTimeouts(StackConfig.Builder builder) {
        builder.startTimeout(ComponentSelection.KEYCLOAK, Duration.ofSeconds(900));
        for (String service : List.of("inventory", "ownership", "assessment", "reporting",
                ComponentSelection.CONSOLE)) {
            builder.startTimeout(service, Duration.ofSeconds(600));
        }
        return builder;
    }

    private static Running start() {
        Path repoRoot = Path.of(System.getProperty("demarc.repo.root", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("demarc.system-test.home", "target/demarc-home"));
        StackConfig config = REUSED
                ? StackConfig.fromEnvironment(System.getenv(), repoRoot)
                : withSlowMachineTimeouts(StackConfig.builder(repoRoot).home(home).randomFreePorts())
                        .loadDemoData(true).build();
        LocalStack stack = LocalStack.configure(config);
        Endpoints endpoints = stack.up();
        return new Running(stack, endpoints, new StackClient(endpoints));
    }
}
