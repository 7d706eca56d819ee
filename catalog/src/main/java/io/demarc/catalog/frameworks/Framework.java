package io.demarc.catalog.frameworks;

import java.util.List;
import java.util.Optional;

/**
 * A compliance framework as the catalog knows it: its requirements, each with who carries it and how it is met.
 *
 * @param key one of {@link io.demarc.catalog.controls.Frameworks#ALL}, the key controls cite it under
 * @param version the edition of the framework, e.g. {@code 3.0.0} or {@code 2022}
 * @param requirements in the framework's own order
 */
public record Framework(String key, String title, String version, List<Requirement> requirements) {

    public Framework {
        requirements = List.copyOf(requirements);
    }

    public Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(requirement -> requirement.id().equals(id)).findFirst();
    }

    /** How many requirements are met the given way. */
    public long count(Fulfilment fulfilment) {
        return requirements.stream().filter(requirement -> requirement.fulfilment() == fulfilment).count();
    }
}
