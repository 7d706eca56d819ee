package io.demarc.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides where the local stack lives and listens: state directory, repository, ports, which components
 * to run and how long each may take to start.
 */
public final class StackConfig {

    public static final String HOME_VARIABLE = "DEMARC_HOME";

    private final Path home;
    private final Path repoRoot;
    private final Path launcherBuildDir;
    private final Map<PortSetting, Integer> ports;
    private final ComponentSelection selection;
    private final boolean loadDemoData;
    private final Map<String, Duration> startTimeouts;
    private final Duration stopTimeout;

    private StackConfig(Builder builder) {
        this.repoRoot = builder.repoRoot.toAbsolutePath().normalize();
        this.home = (builder.home != null ? builder.home : repoRoot.resolve(".demarc")).toAbsolutePath().normalize();
        this.launcherBuildDir = (builder.launcherBuildDir != null
                ? builder.launcherBuildDir
                : repoRoot.resolve("deploy/local/target")).toAbsolutePath().normalize();
        this.ports = Collections.unmodifiableMap(new EnumMap<>(builder.ports));
        this.selection = builder.selection;
        this.loadDemoData = builder.loadDemoData;
        this.startTimeouts = Map.copyOf(builder.startTimeouts);
        this.stopTimeout = builder.stopTimeout;
        requireDistinctPorts(ports);
    }

    /** Reads {@code DEMARC_HOME} and the {@code DEMARC_*_PORT} variables; anything unset keeps its default. */
    public static StackConfig fromEnvironment(Map<String, String> environment, Path repoRoot) {
        Builder builder = builder(repoRoot);
        String home = environment.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            builder.home(Path.of(home));
        }
        for (PortSetting setting : PortSetting.values()) {
            String value = environment.get(setting.environmentVariable());
            if (value != null && !value.isBlank()) {
                builder.port(setting, parsePort(setting, value.trim()));
            }
        }
        return builder.build();
    }

    public static Builder builder(Path repoRoot) {
        return new Builder(repoRoot);
    }

    public Builder toBuilder() {
        Builder builder = new Builder(repoRoot).home(home).launcherBuildDir(launcherBuildDir).selection(selection)
                .loadDemoData(loadDemoData).stopTimeout(stopTimeout);
        builder.ports.putAll(ports);
        builder.startTimeouts.putAll(startTimeouts);
        return builder;
    }

    static int parsePort(PortSetting setting, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new LauncherException(
                setting.environmentVariable() + " must be a port number between 1 and 65535, but is '" + value + "'");
    }

    private static void requireDistinctPorts(Map<PortSetting, Integer> ports) {
        Map<Integer, PortSetting> seen = new HashMap<>();
        for (Map.Entry<PortSetting, Integer> entry : ports.entrySet()) {
            PortSetting other = seen.putIfAbsent(entry.getValue(), entry.getKey());
            if (other != null) {
                throw new LauncherException("Port " + entry.getValue() + " is configured twice: "
                        + other.environmentVariable() + " and " + entry.getKey().environmentVariable());
            }
        }
    }

    public Path home() {
        return home;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    /** {@code deploy/local/target}: holds {@code lib/}, {@code kafka-lib/} and the Keycloak zip the build copied. */
    public Path launcherBuildDir() {
        return launcherBuildDir;
    }

    public int port(PortSetting setting) {
        return ports.get(setting);
    }

    public Map<PortSetting, Integer> ports() {
        return ports;
    }

    public ComponentSelection selection() {
        return selection;
    }

    public boolean loadDemoData() {
        return loadDemoData;
    }

    public Duration startTimeout(String component) {
        return startTimeouts.getOrDefault(component, Duration.ofSeconds(180));
    }

    public Duration stopTimeout() {
        return stopTimeout;
    }

    public static final class Builder {
        private final Path repoRoot;
        private Path home;
        private Path launcherBuildDir;
        private final Map<PortSetting, Integer> ports = new EnumMap<>(PortSetting.class);
        private ComponentSelection selection = ComponentSelection.ALL;
        private boolean loadDemoData = true;
        private final Map<String, Duration> startTimeouts = new HashMap<>();
        private Duration stopTimeout = Duration.ofSeconds(30);

        private Builder(Path repoRoot) {
            this.repoRoot = Objects.requireNonNull(repoRoot, "repoRoot");
            for (PortSetting setting : PortSetting.values()) {
                ports.put(setting, setting.defaultPort());
            }
            // Keycloak's first start augments the server (~45-60 s on 2 cores); leave room for slow machines.
            startTimeouts.put(ComponentSelection.POSTGRES, Duration.ofSeconds(60));
            startTimeouts.put(ComponentSelection.KAFKA, Duration.ofSeconds(90));
            startTimeouts.put(ComponentSelection.KEYCLOAK, Duration.ofSeconds(300));
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                startTimeouts.put(service.name(), Duration.ofSeconds(180));
            }
            startTimeouts.put(ComponentSelection.CONSOLE, Duration.ofSeconds(180));
        }

        public Builder home(Path home) {
            this.home = home;
            return this;
        }

        public Builder launcherBuildDir(Path launcherBuildDir) {
            this.launcherBuildDir = launcherBuildDir;
            return this;
        }

        public Builder port(PortSetting setting, int port) {
            ports.put(setting, port);
            return this;
        }

        /** Gives every port a free ephemeral one, so tests can run next to a developer's stack. */
        public Builder randomFreePorts() {
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (PortSetting setting : PortSetting.values()) {
                    ServerSocket socket = new ServerSocket(0);
                    held.add(socket);
                    ports.put(setting, socket.getLocalPort());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                for (ServerSocket socket : held) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the port was only reserved to pick distinct numbers
                    }
                }
            }
            return this;
        }

        public Builder selection(ComponentSelection selection) {
            this.selection = Objects.requireNonNull(selection);
            return this;
        }

        /** Shorthand for {@link #selection(ComponentSelection)} with names such as {@code infra} or {@code kafka}. */
        public Builder only(String... names) {
            return selection(ComponentSelection.parse(new LinkedHashSet<>(List.of(names))));
        }

        public Builder loadDemoData(boolean loadDemoData) {
            this.loadDemoData = loadDemoData;
            return this;
        }

        public Builder startTimeout(String component, Duration timeout) {
            startTimeouts.put(component, timeout);
            return this;
        }

        public Builder stopTimeout(Duration stopTimeout) {
            this.stopTimeout = stopTimeout;
            return this;
        }

        public StackConfig build() {
            return new StackConfig(this);
        }
    }

    /** For diagnostics only: lists ports, never secrets. */
    @Override
    public String toString() {
        return "StackConfig[home=" + home + ", repoRoot=" + repoRoot + ", ports=" + ports + ", selection=" + selection
                + "]";
    }
}
