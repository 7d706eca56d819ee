package io.demarc.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The local stack as one object: {@code up()} starts PostgreSQL, Kafka, Keycloak, the services and then the console
 * (each with a real readiness check) and loads demo data, {@code down()} stops what {@code up()} started, {@code status()} reports.
 * Everything lives under {@link StackConfig#home()}; processes outlive this object and the JVM.
 *
 * <pre>
 * StackConfig config = StackConfig.builder(repoRoot).home(tempDir).randomFreePorts().build();
 * LocalStack stack = LocalStack.configure(config);
 * Endpoints endpoints = stack.up();
 * ...
 * stack.down();
 * </pre>
 */
public final class LocalStack {

    private static final int TAIL_LINES = 25;

    private final StackConfig config;
    private final StateLayout layout;
    private final PostgresComponent postgres;
    private final KafkaComponent kafka;
    private final KeycloakComponent keycloak;
    private final List<ServiceComponent> services;
    private final ConsoleComponent console;
    private PrintStream out = System.out;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.layout = new StateLayout(config.home());
        this.postgres = new PostgresComponent(config);
        this.kafka = new KafkaComponent(config);
        this.keycloak = new KeycloakComponent(config);
        this.services = ServiceDefinition.ALL.stream().map(service -> new ServiceComponent(config, service))
                .collect(Collectors.toList());
        this.console = new ConsoleComponent(config);
    }

    public static LocalStack configure(StackConfig config) {
        return new LocalStack(config);
    }

    /** Where progress goes; System.out unless set. */
    public LocalStack output(PrintStream out) {
        this.out = out;
        return this;
    }

    public StackConfig config() {
        return config;
    }

    public Endpoints endpoints() {
        return new Endpoints(config);
    }

    /** Every component in start order. */
    public List<Component> components() {
        List<Component> all = new ArrayList<>(List.of(postgres, kafka, keycloak));
        all.addAll(services);
        all.add(console);
        return all;
    }

    /**
     * Starts the selected components that are not running yet and waits until each is ready; safe to call again
     * while the stack runs.
     *
     * @throws LauncherException naming the component and its log file when something cannot start
     */
    public Endpoints up() {
        long started = System.nanoTime();
        layout.createDirectories();
        try (StackLock lock = StackLock.acquire(layout.lockFile())) {
            List<Component> selected = components().stream().filter(c -> config.selection().includes(c.name()))
                    .collect(Collectors.toList());
            List<Component> toStart = selected.stream().filter(c -> !c.isRunning()).collect(Collectors.toList());
            if (toStart.isEmpty()) {
                out.println("Demarc is already running (state in " + layout.home() + "). Nothing to start.");
                // A previous up may have stopped before the demo data (e.g. a service failed); the loader is idempotent.
                loadDemoData();
                printSummary();
                return endpoints();
            }
            toStart.forEach(Component::checkPrerequisites);
            requirePortsFree(toStart);
            out.println("Starting the Demarc local stack (state in " + layout.home() + ")");
            for (Component component : selected) {
                if (component instanceof ServiceComponent || component == console) {
                    continue;
                }
                startOrVerify(component, toStart.contains(component));
            }
            startServices(selected.stream().filter(c -> c instanceof ServiceComponent).collect(Collectors.toList()),
                    toStart);
            // The console last: the people it signs in find the services already answering.
            if (selected.contains(console)) {
                startOrVerify(console, toStart.contains(console));
            }
            loadDemoData();
            out.println();
            out.printf(Locale.ROOT, "Demarc is up in %.1f s.%n", seconds(started));
            printSummary();
            return endpoints();
        }
    }

    private void requirePortsFree(List<Component> toStart) {
        for (Component component : toStart) {
            for (PortSetting setting : component.ports()) {
                PortCheck.requireFree(config.port(setting), setting, component.displayName(), component.logFile());
            }
        }
    }

    private void startOrVerify(Component component, boolean start) {
        long begin = System.nanoTime();
        String label = String.format(Locale.ROOT, "  %-20s", component.displayName() + " ...");
        if (!start) {
            awaitWithTail(component);
            component.afterReady();
            out.println(label + " already running");
            return;
        }
        String hint = component.startHint();
        out.print(label + (hint.isEmpty() ? "" : " (" + hint + ")"));
        out.flush();
        try {
            component.start();
            component.awaitReady();
        } catch (ComponentFailedException e) {
            out.println(" FAILED");
            component.stop();
            throw withLogTail(e);
        } catch (LauncherException e) {
            out.println(" FAILED");
            throw e;
        }
        component.afterReady();
        out.printf(Locale.ROOT, " ready in %.1f s  %s%n", seconds(begin), component.url());
    }

    private void awaitWithTail(Component component) {
        try {
            component.awaitReady();
        } catch (ComponentFailedException e) {
            throw withLogTail(e);
        }
    }

    /** The services start in parallel (they are independent); {@code up} waits for all and reports every failure. */
    private void startServices(List<Component> selectedServices, List<Component> toStart) {
        if (selectedServices.isEmpty()) {
            return;
        }
        List<Component> starting = selectedServices.stream().filter(toStart::contains).collect(Collectors.toList());
        if (!starting.isEmpty()) {
            out.println("  Starting " + starting.stream().map(Component::displayName).collect(Collectors.joining(", "))
                    + " ...");
        }
        ExecutorService pool = Executors.newFixedThreadPool(selectedServices.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Component service : selectedServices) {
                boolean start = starting.contains(service);
                futures.add(pool.submit(() -> startService(service, start)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failures.add(e.getCause().getMessage());
                }
            }
            if (!failures.isEmpty()) {
                throw new LauncherException(String.join("\n\n", failures)
                        + "\n\nComponents that started keep running: ./demarc status shows them, ./demarc down stops"
                        + " them.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while starting the services", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void startService(Component service, boolean start) {
        long begin = System.nanoTime();
        try {
            if (start) {
                service.start();
            }
            service.awaitReady();
        } catch (ComponentFailedException e) {
            if (start) {
                service.stop();
            }
            synchronized (out) {
                out.printf(Locale.ROOT, "  %-20s FAILED%n", service.displayName() + " ...");
            }
            throw withLogTail(e);
        }
        synchronized (out) {
            out.printf(Locale.ROOT, "  %-20s %s  %s%n", service.displayName() + " ...",
                    start ? String.format(Locale.ROOT, "ready in %.1f s", seconds(begin)) : "already running",
                    service.url());
        }
    }

    private LauncherException withLogTail(ComponentFailedException e) {
        List<String> tail = LogTail.lastLines(e.logFile(), TAIL_LINES);
        StringBuilder message = new StringBuilder(e.getMessage());
        if (!tail.isEmpty()) {
            message.append("\nLast lines of ").append(e.logFile()).append(":\n");
            tail.forEach(line -> message.append("    ").append(line).append('\n'));
        }
        return new LauncherException(message.toString().stripTrailing(), e);
    }

    private void loadDemoData() {
        if (!config.loadDemoData() || !config.selection().includes(ComponentSelection.KEYCLOAK)
                || !config.selection().includes("inventory")) {
            return;
        }
        long begin = System.nanoTime();
        out.print(String.format(Locale.ROOT, "  %-20s", "Demo data ..."));
        out.flush();
        Map<String, Integer> loaded;
        try {
            loaded = new DemoDataLoader(endpoints(), layout.state()).loadIfNeeded();
        } catch (LauncherException e) {
            out.println(" FAILED");
            throw e;
        }
        if (loaded.isEmpty()) {
            out.println(" already loaded");
        } else {
            out.printf(Locale.ROOT, " loaded in %.1f s  (%s)%n", seconds(begin), loaded.entrySet().stream()
                    .map(entry -> entry.getKey() + ": " + entry.getValue() + " items")
                    .collect(Collectors.joining(", ")));
        }
    }

    private void printSummary() {
        printSummary(status());
    }

    /** Where to go next: the console first, with the logins it takes, then everything else that runs. */
    void printSummary(StackStatus status) {
        out.println();
        boolean consoleRunning = status.component(console.name()).map(ComponentStatus::running).orElse(false);
        boolean keycloakRunning = status.component("keycloak").map(ComponentStatus::running).orElse(false);
        if (consoleRunning) {
            // What a person opens first: the console, and the logins it takes.
            out.println("Open the console        " + console.url() + "  (sign in with a demo login below)");
            if (keycloakRunning) {
                printDemoLogins();
            }
            out.println();
        }
        if (status.component("keycloak").map(ComponentStatus::running).orElse(false)) {
            out.println(
                    "Keycloak admin console  " + keycloak.baseUrl() + "/admin  (user " + KeycloakComponent.ADMIN_USER
                            + ", password in " + layout.secret(KeycloakComponent.ADMIN_PASSWORD_SECRET) + ")");
            out.println("Account console         " + keycloak.realmUrl() + "/account");
        }
        for (ServiceComponent service : services) {
            if (status.component(service.name()).map(ComponentStatus::running).orElse(false)) {
                out.printf("%-23s %s%n", service.displayName(), service.url());
            }
        }
        if (status.component("postgres").map(ComponentStatus::running).orElse(false)) {
            out.println("PostgreSQL              " + postgres.url() + "<database>  (user "
                    + PostgresComponent.APPLICATION_ROLE + ", password in "
                    + layout.secret(PostgresComponent.APPLICATION_PASSWORD_SECRET) + ")");
        }
        if (status.component("kafka").map(ComponentStatus::running).orElse(false)) {
            out.println("Kafka                   " + kafka.bootstrapServers());
        }
        if (keycloakRunning && !consoleRunning) {
            out.println();
            printDemoLogins();
        }
        out.println();
        out.println("Status: ./demarc status   Logs: ./demarc logs [component]   Stop: ./demarc down");
    }

    private void printDemoLogins() {
        out.println("Demo logins -- DEMO ONLY, never use these outside this laptop. Password for all: "
                + DemoDataLoader.DEMO_PASSWORD);
        out.println("  msp-operator   platform-admin (all tenants)");
        out.println("  acme-admin     tenant-admin, tenant acme");
        out.println("  acme-admin2    tenant-admin, tenant acme (approves what acme-admin asks: four eyes)");
        out.println("  acme-analyst   analyst, tenant acme");
        out.println("  acme-auditor   auditor, tenant acme");
        out.println("  globex-admin   tenant-admin, tenant globex");
    }

    /** Stops every component {@code up} started, console and services first, whatever the current selection. */
    public void down() {
        layout.createDirectories();
        try (StackLock lock = StackLock.acquire(layout.lockFile())) {
            List<Component> running = components().stream().filter(Component::isRunning).collect(Collectors.toList());
            if (running.isEmpty()) {
                out.println("Demarc is not running.");
                return;
            }
            long started = System.nanoTime();
            out.println("Stopping the Demarc local stack");
            List<Component> runningServices = running.stream()
                    .filter(c -> c instanceof ServiceComponent || c == console).collect(Collectors.toList());
            stopInParallel(runningServices);
            for (Component component : List.of(keycloak, kafka, postgres)) {
                if (running.contains(component)) {
                    stopOne(component);
                }
            }
            out.printf(Locale.ROOT, "Demarc is stopped (%.1f s).%n", seconds(started));
        }
    }

    private void stopInParallel(List<Component> components) {
        if (components.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(components.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            components.forEach(component -> futures.add(pool.submit(() -> stopOne(component))));
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new LauncherException("Stopping failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while stopping", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private void stopOne(Component component) {
        long begin = System.nanoTime();
        component.stop();
        synchronized (out) {
            out.printf(Locale.ROOT, "  %-20s stopped in %.1f s%n", component.displayName() + " ...", seconds(begin));
        }
    }

    public StackStatus status() {
        List<ComponentStatus> statuses = new ArrayList<>();
        for (Component component : components()) {
            var pid = component.pid();
            statuses.add(new ComponentStatus(component.name(), component.displayName(), pid.isPresent(),
                    config.port(component.mainPort()), pid, component.url()));
        }
        return new StackStatus(statuses);
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }
}
