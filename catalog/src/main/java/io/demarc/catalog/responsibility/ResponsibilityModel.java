package io.demarc.catalog.responsibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The responsibility model of one catalog version: the control domains, the default side of every domain in each
 * service model, and the resource types with their model and overrides. Loaded from {@value #DEFAULT_FOLDER} and
 * checked as a whole (see {@link ResponsibilityReader}): a model that loads gives every known type a side for every
 * domain. Resource types are matched regardless of letter case, as old AWS Config items spell them in upper case.
 */
public final class ResponsibilityModel {

    /** Where the shipped data lives on the classpath. */
    public static final String DEFAULT_FOLDER = "catalog/responsibility/";

    private final String version;
    private final List<Domain> domains;
    private final Set<String> domainIds;
    private final List<SharedControl> sharedControls;
    private final Map<ServiceModel, Map<String, Responsibility>> defaults;
    private final Map<String, TypeProfile> byUpperCaseType;
    private final List<ResourceType> types;

    /** A type and its side for every domain, overrides applied. */
    record TypeProfile(ResourceType type, Map<String, Responsibility> responsibilities) {
    }

    ResponsibilityModel(String version, List<Domain> domains, List<SharedControl> sharedControls,
            Map<ServiceModel, Map<String, Responsibility>> defaults, Map<String, TypeProfile> types) {
        this.version = version;
        this.domains = List.copyOf(domains);
        this.domainIds = domains.stream().map(Domain::id).collect(Collectors.toCollection(LinkedHashSet::new));
        this.sharedControls = List.copyOf(sharedControls);
        this.defaults = new EnumMap<>(defaults);
        this.byUpperCaseType = types.values().stream().collect(Collectors.toUnmodifiableMap(
                profile -> profile.type().type().toUpperCase(Locale.ROOT), Function.identity()));
        this.types = types.values().stream().map(TypeProfile::type).sorted(Comparator.comparing(ResourceType::type))
                .toList();
    }

    /** The model shipped in this module. */
    public static ResponsibilityModel load() {
        return load(ResponsibilityModel.class.getClassLoader(), DEFAULT_FOLDER);
    }

    /**
     * Loads {@code domains.json}, {@code service-models.json} and {@code resource-types.json} from a classpath folder.
     *
     * @throws ResponsibilityModelException naming the file and every problem in it when the data is not sound
     */
    public static ResponsibilityModel load(ClassLoader loader, String folder) {
        return new ResponsibilityReader(loader, folder).read();
    }

    public String version() {
        return version;
    }

    /** The control domains, in their canonical order. */
    public List<Domain> domains() {
        return domains;
    }

    /** Every known resource type, by name. */
    public List<ResourceType> types() {
        return types;
    }

    /** The type, whatever the letter case of {@code resourceType}; empty for a type the model does not know. */
    public Optional<ResourceType> type(String resourceType) {
        return profile(resourceType).map(TypeProfile::type);
    }

    /** AWS's shared controls (patch management, configuration management, awareness and training). */
    public List<SharedControl> sharedControls() {
        return sharedControls;
    }

    /** A service model's default side for every domain, in domain order. */
    public List<Responsibility> defaults(ServiceModel model) {
        return List.copyOf(defaults.get(model).values());
    }

    /**
     * Who carries {@code domainId} for {@code resourceType}; empty when the type is unknown.
     *
     * @throws IllegalArgumentException when the domain is not one of {@link #domains()}
     */
    public Optional<Responsibility> sideOf(String resourceType, String domainId) {
        requireDomain(domainId);
        return profile(resourceType).map(profile -> profile.responsibilities().get(domainId));
    }

    /** Who carries every domain for {@code resourceType}, in domain order; empty when the type is unknown. */
    public Optional<List<Responsibility>> responsibilities(String resourceType) {
        return profile(resourceType).map(profile -> List.copyOf(profile.responsibilities().values()));
    }

    /**
     * Which side a shared control falls on for a type: AWS or CUSTOMER when all the domains it spans are on that side,
     * SHARED when they are split or any of them is shared; empty when the type is unknown.
     *
     * @throws IllegalArgumentException when the control is not one of {@link #sharedControls()}
     */
    public Optional<Side> sideOfSharedControl(String resourceType, String controlId) {
        SharedControl control = sharedControls.stream().filter(c -> c.id().equals(controlId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown shared control '" + controlId + "'"));
        return profile(resourceType).map(profile -> {
            Set<Side> sides = control.domains().stream().map(d -> profile.responsibilities().get(d).side())
                    .collect(Collectors.toSet());
            return sides.size() == 1 ? sides.iterator().next() : Side.SHARED;
        });
    }

    /**
     * The matrix of the types in use: for each known type (by canonical name, each once) a row per domain, in domain
     * order. Types the model does not know are listed apart rather than guessed.
     */
    public Matrix matrix(Collection<String> typesInUse) {
        Set<String> known = new TreeSet<>();
        Set<String> unknown = new TreeSet<>();
        for (String type : typesInUse) {
            profile(type).ifPresentOrElse(profile -> known.add(profile.type().type()), () -> unknown.add(type));
        }
        List<MatrixRow> rows = new ArrayList<>();
        for (String type : known) {
            TypeProfile profile = profile(type).orElseThrow();
            ResourceType info = profile.type();
            profile.responsibilities().values()
                    .forEach(r -> rows.add(new MatrixRow(info.type(), info.service(), info.model(), r)));
        }
        return new Matrix(version, List.copyOf(rows), List.copyOf(unknown));
    }

    private Optional<TypeProfile> profile(String resourceType) {
        return resourceType == null
                ? Optional.empty()
                : Optional.ofNullable(byUpperCaseType.get(resourceType.toUpperCase(Locale.ROOT)));
    }

    private void requireDomain(String domainId) {
        if (!domainIds.contains(domainId)) {
            throw new IllegalArgumentException("unknown domain '" + domainId + "'; known: " + domainIds);
        }
    }
}
