package io.demarc.catalog.responsibility;

import java.util.LinkedHashMap;
import java.util.List;

/** The shapes of the three data files, as written; {@link ResponsibilityReader} checks them. */
final class ResponsibilityFiles {

    static final String DOMAINS = "domains.json";
    static final String SERVICE_MODELS = "service-models.json";
    static final String RESOURCE_TYPES = "resource-types.json";

    private ResponsibilityFiles() {
    }

    record DomainsFile(String version, List<Domain> domains) {
    }

    record ServiceModelsFile(String version, List<SharedControl> sharedControls, List<ModelEntry> models) {
    }

    record ModelEntry(ServiceModel id, String name, String description, LinkedHashMap<String, SideEntry> domains) {
    }

    record ResourceTypesFile(String version, List<TypeEntry> types) {
    }

    record TypeEntry(String type, String service, ServiceModel model, LinkedHashMap<String, SideEntry> overrides) {
    }

    /** A domain's side in a model, or a type's override of it. */
    record SideEntry(Side side, ControlClass controlClass, String aws, String customer, String note) {
    }
}
