package io.demarc.catalog.frameworks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;

/**
 * The frameworks of one catalog version, one file per key of {@link io.demarc.catalog.controls.Frameworks#ALL} under
 * {@value #DEFAULT_FOLDER}. Whether a requirement is AUTOMATED is not written in the files: it is derived from the
 * controls that cite it, so the data cannot drift from the control library. A catalog that loads is one where every
 * citation of every control resolves.
 */
public final class FrameworkCatalog {

    /** Where the shipped framework files live on the classpath. */
    public static final String DEFAULT_FOLDER = "catalog/frameworks/";

    private final Map<String, Framework> byKey;
    private final Map<String, Map<String, Requirement>> index = new HashMap<>();

    private FrameworkCatalog(Map<String, Framework> byKey) {
        this.byKey = byKey;
        byKey.forEach((key, framework) -> {
            Map<String, Requirement> byId = new HashMap<>();
            framework.requirements().forEach(requirement -> byId.put(requirement.id(), requirement));
            index.put(key, byId);
        });
    }

    /** The shipped frameworks, with AUTOMATED derived from the controls of {@code library}. */
    public static FrameworkCatalog load(ControlLibrary library) {
        return load(FrameworkCatalog.class.getClassLoader(), DEFAULT_FOLDER, library.controls());
    }

    /**
     * Loads the framework files from a classpath folder, deriving AUTOMATED from {@code controls}.
     *
     * @throws FrameworkCatalogException naming the file and the requirement when anything is wrong, including a
     *         control citing a requirement no framework defines
     */
    public static FrameworkCatalog load(ClassLoader loader, String folder, Collection<Control> controls) {
        return new FrameworkCatalog(new FrameworkReader(loader, folder).read(controls));
    }

    /** Every framework, in the order of {@link io.demarc.catalog.controls.Frameworks#ALL}. */
    public List<Framework> all() {
        return List.copyOf(byKey.values());
    }

    public Optional<Framework> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** One requirement of one framework, found without scanning the framework. */
    public Optional<Requirement> requirement(String key, String id) {
        return Optional.ofNullable(index.getOrDefault(key, Map.of()).get(id));
    }

    /**
     * The citations of a control that resolve to nothing, as {@code key: id}; empty when all resolve. For checking a
     * tenant's custom control before it is accepted.
     */
    public List<String> unresolvedReferences(Control control) {
        List<String> unresolved = new ArrayList<>();
        control.references().forEach((key, ids) -> ids.stream().filter(id -> requirement(key, id).isEmpty())
                .forEach(id -> unresolved.add(key + ": " + id)));
        return unresolved;
    }
}
