package io.demarc.catalog.responsibility;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.demarc.catalog.responsibility.ResponsibilityFiles.DomainsFile;
import io.demarc.catalog.responsibility.ResponsibilityFiles.ModelEntry;
import io.demarc.catalog.responsibility.ResponsibilityFiles.ResourceTypesFile;
import io.demarc.catalog.responsibility.ResponsibilityFiles.ServiceModelsFile;
import io.demarc.catalog.responsibility.ResponsibilityFiles.SideEntry;
import io.demarc.catalog.responsibility.ResponsibilityFiles.TypeEntry;

/**
 * Reads the three responsibility files strictly (unknown or duplicated fields are errors) and checks them as a whole:
 * one version, every model gives every domain a side, SHARED sides say what each party does, every type has a model,
 * overrides name known domains, nothing is defined twice. Every problem of a file is reported at once.
 */
final class ResponsibilityReader {

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Pattern DOMAIN_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    /** AWS Config's types, the account itself ({@code AWS::::Account}) and Demarc's own account-level facts. */
    private static final Pattern TYPE_NAME = Pattern.compile("(AWS|Demarc)::[A-Za-z0-9]*::[A-Za-z0-9]+");

    private final ClassLoader loader;
    private final String folder;

    ResponsibilityReader(ClassLoader loader, String folder) {
        this.loader = loader;
        this.folder = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    }

    ResponsibilityModel read() {
        DomainsFile domainsFile = read(ResponsibilityFiles.DOMAINS, DomainsFile.class);
        ServiceModelsFile modelsFile = read(ResponsibilityFiles.SERVICE_MODELS, ServiceModelsFile.class);
        ResourceTypesFile typesFile = read(ResponsibilityFiles.RESOURCE_TYPES, ResourceTypesFile.class);

        String version = version(domainsFile.version(), modelsFile.version(), typesFile.version());
        List<Domain> domains = domains(domainsFile);
        Set<String> domainIds = new LinkedHashSet<>(domains.stream().map(Domain::id).toList());
        Map<ServiceModel, Map<String, Responsibility>> defaults = models(modelsFile, domainIds);
        List<SharedControl> sharedControls = sharedControls(modelsFile, domainIds);
        Map<String, ResponsibilityModel.TypeProfile> types = types(typesFile, domainIds, defaults);
        return new ResponsibilityModel(version, domains, sharedControls, defaults, types);
    }

    private String version(String domains, String models, String types) {
        Problems problems = new Problems(folder + "*.json");
        problems.requireText(domains, ResponsibilityFiles.DOMAINS + ": version");
        problems.requireText(models, ResponsibilityFiles.SERVICE_MODELS + ": version");
        problems.requireText(types, ResponsibilityFiles.RESOURCE_TYPES + ": version");
        problems.throwIfAny();
        if (!domains.equals(models) || !domains.equals(types)) {
            problems.add("the files must carry one version, found " + ResponsibilityFiles.DOMAINS + " " + domains
                    + ", " + ResponsibilityFiles.SERVICE_MODELS + " " + models + ", "
                    + ResponsibilityFiles.RESOURCE_TYPES + " " + types);
        }
        problems.throwIfAny();
        return domains;
    }

    private List<Domain> domains(DomainsFile file) {
        Problems problems = new Problems(folder + ResponsibilityFiles.DOMAINS);
        if (file.domains() == null || file.domains().isEmpty()) {
            problems.add("domains lists no domain");
            problems.throwIfAny();
        }
        Set<String> seen = new HashSet<>();
        for (Domain domain : file.domains()) {
            if (domain == null || domain.id() == null || !DOMAIN_ID.matcher(domain.id()).matches()) {
                problems.add("domain id " + (domain == null ? null : "'" + domain.id() + "'")
                        + " is not lower-case words joined by hyphens");
                continue;
            }
            if (!seen.add(domain.id())) {
                problems.add("domain '" + domain.id() + "' is defined twice");
            }
            problems.requireText(domain.name(), "domain '" + domain.id() + "': name");
            problems.requireText(domain.description(), "domain '" + domain.id() + "': description");
        }
        problems.throwIfAny();
        return List.copyOf(file.domains());
    }

    private Map<ServiceModel, Map<String, Responsibility>> models(ServiceModelsFile file, Set<String> domainIds) {
        Problems problems = new Problems(folder + ResponsibilityFiles.SERVICE_MODELS);
        Map<ServiceModel, Map<String, Responsibility>> defaults = new EnumMap<>(ServiceModel.class);
        for (ModelEntry model : file.models() == null ? List.<ModelEntry>of() : file.models()) {
            if (model == null || model.id() == null) {
                problems.add("a model has no id");
                continue;
            }
            String where = "model " + model.id();
            if (defaults.containsKey(model.id())) {
                problems.add(where + " is defined twice");
                continue;
            }
            problems.requireText(model.name(), where + ": name");
            problems.requireText(model.description(), where + ": description");
            Map<String, SideEntry> sides = model.domains() == null ? Map.of() : model.domains();
            Set<String> missing = new LinkedHashSet<>(domainIds);
            missing.removeAll(sides.keySet());
            if (!missing.isEmpty()) {
                problems.add(where + ": no side for domain(s) " + String.join(", ", missing));
            }
            Map<String, Responsibility> byDomain = new LinkedHashMap<>();
            for (String domain : domainIds) {
                SideEntry entry = sides.get(domain);
                if (entry != null && checkEntry(problems, where + ", domain '" + domain + "'", entry)) {
                    byDomain.put(domain, responsibility(domain, entry, false));
                }
            }
            sides.keySet().stream().filter(domain -> !domainIds.contains(domain))
                    .forEach(domain -> problems.add(where + ": unknown domain '" + domain + "'"));
            defaults.put(model.id(), Collections.unmodifiableMap(byDomain));
        }
        for (ServiceModel model : ServiceModel.values()) {
            if (!defaults.containsKey(model)) {
                problems.add("model " + model + " is not defined");
            }
        }
        problems.throwIfAny();
        return defaults;
    }

    private List<SharedControl> sharedControls(ServiceModelsFile file, Set<String> domainIds) {
        Problems problems = new Problems(folder + ResponsibilityFiles.SERVICE_MODELS);
        Set<String> seen = new HashSet<>();
        List<SharedControl> controls = file.sharedControls() == null ? List.of() : file.sharedControls();
        for (SharedControl control : controls) {
            String where = "shared control '" + (control == null ? null : control.id()) + "'";
            if (control == null || control.id() == null || !DOMAIN_ID.matcher(control.id()).matches()) {
                problems.add(where + ": id is not lower-case words joined by hyphens");
                continue;
            }
            if (!seen.add(control.id())) {
                problems.add(where + " is defined twice");
            }
            problems.requireText(control.name(), where + ": name");
            problems.requireText(control.aws(), where + ": aws");
            problems.requireText(control.customer(), where + ": customer");
            if (control.domains() == null || control.domains().isEmpty()) {
                problems.add(where + ": domains lists no domain");
            } else {
                control.domains().stream().filter(domain -> !domainIds.contains(domain))
                        .forEach(domain -> problems.add(where + ": unknown domain '" + domain + "'"));
            }
        }
        problems.throwIfAny();
        return List.copyOf(controls);
    }

    private Map<String, ResponsibilityModel.TypeProfile> types(ResourceTypesFile file, Set<String> domainIds,
            Map<ServiceModel, Map<String, Responsibility>> defaults) {
        Problems problems = new Problems(folder + ResponsibilityFiles.RESOURCE_TYPES);
        Map<String, ResponsibilityModel.TypeProfile> types = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (TypeEntry entry : file.types() == null ? List.<TypeEntry>of() : file.types()) {
            if (entry == null || entry.type() == null || !TYPE_NAME.matcher(entry.type()).matches()) {
                problems.add("type " + (entry == null ? null : "'" + entry.type() + "'")
                        + " is not of the form AWS::Service::Type (or Demarc::Service::Type)");
                continue;
            }
            String where = entry.type();
            if (!seen.add(entry.type().toUpperCase(Locale.ROOT))) {
                problems.add(where + " is defined twice");
                continue;
            }
            problems.requireText(entry.service(), where + ": service");
            if (entry.model() == null) {
                problems.add(where + ": has no service model");
                continue;
            }
            Map<String, Responsibility> resolved = new LinkedHashMap<>(defaults.get(entry.model()));
            Map<String, SideEntry> overrides = entry.overrides() == null ? Map.of() : entry.overrides();
            overrides.forEach((domain, override) -> {
                String at = where + ", override of '" + domain + "'";
                if (!domainIds.contains(domain)) {
                    problems.add(where + ": override names unknown domain '" + domain + "'");
                } else if (override != null && checkEntry(problems, at, override)) {
                    problems.requireText(override.note(), at + ": note (why the model's default is wrong)");
                    Responsibility replaced = responsibility(domain, override, true);
                    if (sameSide(replaced, resolved.get(domain))) {
                        problems.add(at + ": says the same as model " + entry.model() + "; drop it");
                    }
                    resolved.put(domain, replaced);
                }
            });
            ResourceType type = new ResourceType(entry.type(), entry.service(), entry.model(),
                    Collections.unmodifiableSet(new LinkedHashSet<>(overrides.keySet())));
            types.put(entry.type(), new ResponsibilityModel.TypeProfile(type, Collections.unmodifiableMap(resolved)));
        }
        if (types.isEmpty()) {
            problems.add("types lists no resource type");
        }
        problems.throwIfAny();
        return types;
    }

    /** Checks one side entry; returns whether it is sound enough to build a responsibility from. */
    private static boolean checkEntry(Problems problems, String where, SideEntry entry) {
        if (entry.side() == null) {
            problems.add(where + ": side is missing");
            return false;
        }
        if (entry.controlClass() == null) {
            problems.add(where + ": controlClass is missing");
        } else if (entry.controlClass() != ControlClass.of(entry.side())) {
            problems.add(where + ": controlClass " + entry.controlClass() + " does not go with side " + entry.side()
                    + " (expected " + ControlClass.of(entry.side()) + ")");
        }
        if (entry.side() == Side.SHARED) {
            problems.requireText(entry.aws(), where + ": aws (what AWS does in a SHARED domain)");
            problems.requireText(entry.customer(), where + ": customer (what the customer does in a SHARED domain)");
        } else if (entry.aws() != null || entry.customer() != null) {
            problems.add(where + ": aws and customer lines are only for SHARED domains, the side is " + entry.side());
        }
        return true;
    }

    private static Responsibility responsibility(String domain, SideEntry entry, boolean overridden) {
        return new Responsibility(domain, entry.side(), ControlClass.of(entry.side()), entry.aws(), entry.customer(),
                overridden, overridden ? entry.note() : null);
    }

    private static boolean sameSide(Responsibility a, Responsibility b) {
        return b != null && a.side() == b.side() && Objects.equals(a.aws(), b.aws())
                && Objects.equals(a.customer(), b.customer());
    }

    private <T> T read(String file, Class<T> type) {
        String resource = folder + file;
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ResponsibilityModelException(resource + ": not found on the classpath");
            }
            T value = STRICT.readValue(in, type);
            if (value == null) {
                throw new ResponsibilityModelException(resource + ": is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            String cause = e.getCause() instanceof StreamReadException ? "not valid JSON: " : "";
            throw new ResponsibilityModelException(
                    resource + ": " + cause + e.getOriginalMessage() + " (at " + path(e) + ")", e);
        } catch (StreamReadException e) {
            throw new ResponsibilityModelException(resource + ": not valid JSON: " + e.getOriginalMessage()
                    + " (at line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new ResponsibilityModelException(resource + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Where in the file a mapping error is, such as {@code types[3].model}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the top" : path.toString();
    }

    /** The problems found in one file, thrown together. */
    private static final class Problems {

        private final String source;
        private final List<String> found = new ArrayList<>();

        Problems(String source) {
            this.source = source;
        }

        void add(String problem) {
            found.add(problem);
        }

        void requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                found.add(what + " is missing");
            }
        }

        void throwIfAny() {
            if (found.size() == 1) {
                throw new ResponsibilityModelException(source + ": " + found.get(0));
            }
            if (!found.isEmpty()) {
                throw new ResponsibilityModelException(
                        source + ": " + found.size() + " problems:\n- " + String.join("\n- ", found));
            }
        }
    }
}
