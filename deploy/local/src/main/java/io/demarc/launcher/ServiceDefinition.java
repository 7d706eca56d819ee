package io.demarc.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One Demarc service as the launcher runs it: its Maven module, its database and its HTTP port.
 *
 * @param name short name used for logs, PID files and {@code --only}
 * @param module Maven module directory under the repository root
 * @param database PostgreSQL database the service owns
 * @param port the port setting it listens on
 */
public record ServiceDefinition(String name, String module, String database, PortSetting port) {

    /** The services in the order {@code status} lists them. Adding a service here is all the launcher needs. */
    public static final List<ServiceDefinition> ALL = List.of(
            new ServiceDefinition("inventory", "inventory-service", "inventory", PortSetting.INVENTORY),
            new ServiceDefinition("ownership", "ownership-service", "ownership", PortSetting.OWNERSHIP),
            new ServiceDefinition("assessment", "assessment-service", "assessment", PortSetting.ASSESSMENT),
            new ServiceDefinition("reporting", "reporting-service", "reporting", PortSetting.REPORTING));

    public static Optional<ServiceDefinition> named(String name) {
        return ALL.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** The fast-jar entry point Quarkus builds for the module. */
    public Path runnableJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
