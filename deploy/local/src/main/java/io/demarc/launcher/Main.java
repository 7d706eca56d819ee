package io.demarc.launcher;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./demarc up | down | status | logs [component]}: the command line of the local stack. */
@Command(name = "demarc", mixinStandardHelpOptions = true, version = "Demarc local stack", description = "Runs Demarc on this machine without Docker: PostgreSQL, Kafka, Keycloak, the services and the console.", subcommands = {
        Main.Up.class, Main.Down.class, Main.Status.class, Main.Logs.class}, footer = {"",
                "Ports and the state directory are set with environment variables; see docs/local-stack.md."})
public final class Main implements Callable<Integer> {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof LauncherException) {
                cmd.getErr().println("error: " + exception.getMessage());
                cmd.getErr().flush();
                return 1;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(new PrintWriter(System.err, true));
        return 2;
    }

    static StackConfig configFromEnvironment() {
        return StackConfig.fromEnvironment(System.getenv(), repoRoot());
    }

    /** Set by the {@code demarc} script; otherwise derived from the jar's place in {@code deploy/local/target}. */
    static Path repoRoot() {
        String property = System.getProperty("demarc.repo.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path candidate = jar.getParent().getParent().getParent().getParent();
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("deploy"))) {
                return candidate;
            }
        } catch (URISyntaxException | NullPointerException e) {
            // fall back to the working directory
        }
        return Path.of("").toAbsolutePath();
    }

    @Command(name = "up", description = "Start the local stack (or what of it is not running) and load demo data.")
    static final class Up implements Callable<Integer> {

        @Option(names = "--only", split = ",", paramLabel = "COMPONENT", description = "Start only these: postgres, kafka, keycloak, inventory, ownership, assessment, "
                + "reporting, console, or the groups infra, services.")
        List<String> only = new ArrayList<>();

        @Option(names = "--no-demo-data", description = "Do not import the demo tenants' AWS Config items.")
        boolean noDemoData;

        @Override
        public Integer call() {
            StackConfig.Builder builder = configFromEnvironment().toBuilder().loadDemoData(!noDemoData);
            if (!only.isEmpty()) {
                builder.selection(ComponentSelection.parse(only));
            }
            LocalStack.configure(builder.build()).up();
            return 0;
        }
    }

    @Command(name = "down", description = "Stop every process that up started.")
    static final class Down implements Callable<Integer> {
        @Override
        public Integer call() {
            LocalStack.configure(configFromEnvironment()).down();
            return 0;
        }
    }

    @Command(name = "status", description = "Show each component: running or stopped, port, PID, URL.")
    static final class Status implements Callable<Integer> {
        @Override
        public Integer call() {
            LocalStack stack = LocalStack.configure(configFromEnvironment());
            System.out.println("State directory: " + stack.config().home());
            stack.status().print(System.out);
            return 0;
        }
    }

    @Command(name = "logs", description = "Print the end of a component's log, or of all logs.")
    static final class Logs implements Callable<Integer> {

        @Parameters(arity = "0..1", paramLabel = "COMPONENT", description = "postgres, kafka, keycloak, inventory, ownership, assessment, reporting or console.")
        String component;

        @Option(names = {"-n",
                "--lines"}, defaultValue = "50", description = "Lines to print (default ${DEFAULT-VALUE}).")
        int lines;

        @Option(names = {"-f", "--follow"}, description = "Keep printing what is appended (one component only).")
        boolean follow;

        @Override
        public Integer call() {
            StateLayout layout = new StateLayout(configFromEnvironment().home());
            if (component == null) {
                if (follow) {
                    throw new LauncherException("--follow needs a component, e.g. ./demarc logs -f keycloak");
                }
                boolean any = false;
                for (String name : ComponentSelection.allNames()) {
                    Path log = layout.logFile(name);
                    if (Files.exists(log)) {
                        any = true;
                        System.out.println("==> " + log + " <==");
                        LogTail.lastLines(log, lines).forEach(System.out::println);
                        System.out.println();
                    }
                }
                if (!any) {
                    System.out.println("No logs yet in " + layout.logs());
                }
                return 0;
            }
            String name = ComponentSelection.canonicalName(component.toLowerCase());
            if (name == null) {
                throw new LauncherException("Unknown component '" + component + "'. Known: "
                        + String.join(", ", ComponentSelection.allNames()));
            }
            Path log = layout.logFile(name);
            if (!Files.exists(log)) {
                throw new LauncherException("No log for " + name + " yet (" + log + ")");
            }
            LogTail.lastLines(log, lines).forEach(System.out::println);
            if (follow) {
                LogTail.follow(log, System.out);
            }
            return 0;
        }
    }
}
