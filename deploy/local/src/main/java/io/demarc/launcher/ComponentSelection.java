package io.demarc.launcher;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which components {@code up} starts; always kept in start order: PostgreSQL, Kafka, Keycloak, services, console.
 */
public final class ComponentSelection {

    public static final String POSTGRES = "postgres";
    public static final String KAFKA = "kafka";
    public static final String KEYCLOAK = "keycloak";
    public static final String CONSOLE = ConsoleComponent.NAME;
    public static final String INFRA_GROUP = "infra";
    public static final String SERVICES_GROUP = "services";

    public static final ComponentSelection ALL = new ComponentSelection(allNames());

    private final List<String> names;

    private ComponentSelection(Collection<String> names) {
        List<String> ordered = new ArrayList<>();
        for (String candidate : allNames()) {
            if (names.contains(candidate)) {
                ordered.add(candidate);
            }
        }
        this.names = List.copyOf(ordered);
    }

    /** Every component name in start order. */
    public static List<String> allNames() {
        List<String> all = new ArrayList<>(List.of(POSTGRES, KAFKA, KEYCLOAK));
        ServiceDefinition.ALL.forEach(service -> all.add(service.name()));
        all.add(CONSOLE);
        return all;
    }

    /**
     * Parses {@code --only} values: component names and the groups {@code infra} (PostgreSQL, Kafka, Keycloak) and
     * {@code services} (the four services, not the console); each value may itself be comma-separated.
     */
    public static ComponentSelection parse(Collection<String> values) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String value : values) {
            for (String raw : value.split(",")) {
                String name = raw.trim().toLowerCase();
                if (name.isEmpty()) {
                    continue;
                }
                switch (name) {
                    case INFRA_GROUP -> chosen.addAll(List.of(POSTGRES, KAFKA, KEYCLOAK));
                    case SERVICES_GROUP -> ServiceDefinition.ALL.forEach(service -> chosen.add(service.name()));
                    case "all" -> chosen.addAll(allNames());
                    default -> {
                        String canonical = canonicalName(name);
                        if (canonical == null) {
                            throw new LauncherException("Unknown component '" + raw.trim() + "'. Known: "
                                    + String.join(", ", allNames()) + ", or the groups infra, services, all");
                        }
                        chosen.add(canonical);
                    }
                }
            }
        }
        if (chosen.isEmpty()) {
            throw new LauncherException("--only needs at least one component");
        }
        return new ComponentSelection(chosen);
    }

    /** Accepts the module name too ({@code inventory-service}), since that is what people see in the repository. */
    static String canonicalName(String name) {
        String withoutSuffix = name.endsWith("-service")
                ? name.substring(0, name.length() - "-service".length())
                : name;
        return allNames().contains(withoutSuffix) ? withoutSuffix : null;
    }

    public List<String> names() {
        return names;
    }

    public boolean includes(String component) {
        return names.contains(component);
    }

    public List<ServiceDefinition> services() {
        return ServiceDefinition.ALL.stream().filter(service -> includes(service.name())).collect(Collectors.toList());
    }

    public boolean isEverything() {
        return names.equals(allNames());
    }

    @Override
    public String toString() {
        return String.join(",", names);
    }
}
