package io.demarc.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/** One process of the local stack, as {@code up}, {@code down} and {@code status} see it. */
public interface Component {

    /** Short name used for logs, PID files and {@code --only}: {@code postgres}, {@code inventory}, ... */
    String name();

    /** Name shown to people: {@code PostgreSQL}, {@code inventory-service}, ... */
    String displayName();

    /** Every port it listens on; all must be free before it starts. */
    List<PortSetting> ports();

    /** The port shown in {@code status}. */
    PortSetting mainPort();

    /** Where a person or client reaches it. */
    String url();

    Path logFile();

    /** PID of our running process, verified to be ours; empty when stopped. */
    OptionalLong pid();

    default boolean isRunning() {
        return pid().isPresent();
    }

    /** Shown while waiting, when the start is known to be slow; empty otherwise. */
    default String startHint() {
        return "";
    }

    /** Fails fast, before anything starts, when something this component needs was not built. */
    default void checkPrerequisites() {
    }

    /** Prepares state on first use and launches the process; returns without waiting for readiness. */
    void start();

    /** Blocks until the component answers its readiness check, or throws {@link ComponentFailedException}. */
    void awaitReady();

    /** Idempotent setup that needs the running component (roles, databases, topics, ...). */
    default void afterReady() {
    }

    /** Stops the process gracefully, forcibly after the stop timeout; does nothing if it is not running. */
    void stop();
}
