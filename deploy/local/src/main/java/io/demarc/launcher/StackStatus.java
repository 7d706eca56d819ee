package io.demarc.launcher;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** The state of every component, in start order. */
public record StackStatus(List<ComponentStatus> components) {

    public boolean allRunning() {
        return components.stream().allMatch(ComponentStatus::running);
    }

    public boolean noneRunning() {
        return components.stream().noneMatch(ComponentStatus::running);
    }

    public Optional<ComponentStatus> component(String name) {
        return components.stream().filter(component -> component.name().equals(name)).findFirst();
    }

    public void print(PrintStream out) {
        out.printf("%-20s %-8s %-6s %-8s %s%n", "COMPONENT", "STATE", "PORT", "PID", "URL");
        for (ComponentStatus component : components) {
            out.printf("%-20s %-8s %-6d %-8s %s%n", component.displayName(),
                    component.running() ? "running" : "stopped", component.port(),
                    component.pid().isPresent() ? Long.toString(component.pid().getAsLong()) : "-",
                    component.url());
        }
    }
}
