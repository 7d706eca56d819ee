package io.demarc.inventory.service;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.demarc.catalog.responsibility.ResourceType;
import io.demarc.catalog.responsibility.ResponsibilityModel;
import io.demarc.catalog.responsibility.ServiceModel;

/**
 * Classifies resource types by service model from the catalog's responsibility model. A type the catalog does not
 * know is {@link #UNKNOWN}: kept, listed by {@code /unknown-resource-types}, so the catalog can grow. Read at query
 * time, never stored, so a new catalog release reclassifies every stored resource at once.
 */
@ApplicationScoped
public class ServiceModels {

    public static final String UNKNOWN = "UNKNOWN";

    private final Map<String, String> modelByType;

    public ServiceModels() {
        modelByType = ResponsibilityModel.load().types().stream()
                .collect(Collectors.toUnmodifiableMap(ResourceType::type, type -> type.model().name()));
    }

    /** IAAS, PAAS, SERVERLESS, ABSTRACTED or UNKNOWN. */
    public String modelOf(String resourceType) {
        return modelByType.getOrDefault(resourceType, UNKNOWN);
    }

    /** The known types of a model; empty for UNKNOWN, whose types are all the others. */
    public Set<String> typesOf(String model) {
        return modelByType.entrySet().stream().filter(entry -> entry.getValue().equals(model))
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    public Set<String> knownTypes() {
        return modelByType.keySet();
    }

    /**
     * The model named by a query parameter, in canonical case, or null when it names none.
     */
    public static String parse(String model) {
        if (model == null) {
            return null;
        }
        String upper = model.toUpperCase(Locale.ROOT);
        if (UNKNOWN.equals(upper)) {
            return UNKNOWN;
        }
        for (ServiceModel known : ServiceModel.values()) {
            if (known.name().equals(upper)) {
                return upper;
            }
        }
        return null;
    }
}
