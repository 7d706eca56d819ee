package io.demarc.catalog.controls;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.cel.runtime.CelRuntime;

/**
 * The controls of one catalog version, loaded from the classpath and checked before anything can use them. The index
 * ({@value #DEFAULT_INDEX}) names the catalog version and the control files; every file is read strictly (an unknown
 * or duplicated field is an error, not a silent default), every control is validated and its expressions compiled.
 * A library that loads is a library whose every control can be evaluated.
 */
public final class ControlLibrary {

    /** Where the shipped catalog's index lives on the classpath. */
    public static final String DEFAULT_INDEX = "catalog/catalog.json";

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String version;
    private final Map<String, CompiledControl> byId;
    /** Per resource type as items spell it: every item of a type asks for the same list. */
    private final Map<String, List<CompiledControl>> byType = new ConcurrentHashMap<>();

    private ControlLibrary(String version, Map<String, CompiledControl> byId) {
        this.version = version;
        this.byId = Collections.unmodifiableMap(byId);
    }

    /** The catalog shipped in this module. */
    public static ControlLibrary load() {
        return load(ControlLibrary.class.getClassLoader(), DEFAULT_INDEX);
    }

    /**
     * Loads the catalog whose index is the classpath resource {@code index}; control files are named relative to it.
     *
     * @throws ControlDefinitionException naming the file and the control when anything is wrong
     */
    public static ControlLibrary load(ClassLoader loader, String index) {
        CatalogIndex catalog = read(loader, index, CatalogIndex.class);
        if (catalog.version() == null || catalog.version().isBlank()) {
            throw new ControlDefinitionException(index + ": version is missing");
        }
        if (catalog.controls() == null || catalog.controls().isEmpty()) {
            throw new ControlDefinitionException(index + ": controls lists no control file");
        }
        String base = index.contains("/") ? index.substring(0, index.lastIndexOf('/') + 1) : "";
        Map<String, CompiledControl> byId = new LinkedHashMap<>();
        Map<String, CelRuntime.Program> applicabilities = new HashMap<>();
        for (String file : catalog.controls()) {
            String resource = base + file;
            ControlFile controls = read(loader, resource, ControlFile.class);
            if (controls.controls() == null) {
                throw new ControlDefinitionException(resource + ": controls is missing");
            }
            for (Control control : controls.controls()) {
                add(byId, applicabilities, resource, control);
            }
        }
        return new ControlLibrary(catalog.version(), byId);
    }

    /**
     * Compiles and adds one control. Controls with the same applicability text share one program, so that the engine
     * decides it once per item for all of them (the EC2 instance controls all skip terminated instances).
     */
    private static void add(Map<String, CompiledControl> byId, Map<String, CelRuntime.Program> applicabilities,
            String resource, Control control) {
        try {
            ControlValidator.validate(control);
            if (byId.containsKey(control.id())) {
                throw new ControlDefinitionException("control '" + control.id() + "' is defined twice");
            }
            CompiledControl compiled = ControlLanguage.compile(control);
            if (compiled.applicability() != null && !control.accountScoped()) {
                CelRuntime.Program shared = applicabilities.putIfAbsent(control.applicability(),
                        compiled.applicability());
                if (shared != null) {
                    compiled = new CompiledControl(control, compiled.expression(), shared, compiled.evidence());
                }
            }
            byId.put(control.id(), compiled);
        } catch (ControlDefinitionException e) {
            throw new ControlDefinitionException(resource + ": " + e.getMessage(), e);
        }
    }

    private static <T> T read(ClassLoader loader, String resource, Class<T> type) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ControlDefinitionException(resource + ": not found on the classpath");
            }
            T value = STRICT.readValue(in, type);
            if (value == null) {
                throw new ControlDefinitionException(resource + ": is empty");
            }
            return value;
        } catch (JsonMappingException e) {
            throw new ControlDefinitionException(resource + ": " + describe(e), e);
        } catch (IOException e) {
            throw new ControlDefinitionException(resource + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    /** Jackson's message, where the path says which control and field, without its source dump. */
    private static String describe(JsonMappingException e) {
        return e.getOriginalMessage() + " (at " + e.getPathReference() + ")";
    }

    public String version() {
        return version;
    }

    /** Every control, in catalog order. */
    public List<Control> controls() {
        return byId.values().stream().map(CompiledControl::control).toList();
    }

    /** Every control, ready to evaluate. */
    public List<CompiledControl> compiled() {
        return List.copyOf(byId.values());
    }

    public Optional<Control> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(CompiledControl::control);
    }

    /** The item-scoped controls that evaluate items of {@code resourceType}. */
    public List<CompiledControl> forResourceType(String resourceType) {
        if (resourceType == null) {
            return List.of();
        }
        return byType.computeIfAbsent(resourceType, this::matching);
    }

    private List<CompiledControl> matching(String resourceType) {
        List<CompiledControl> matching = new ArrayList<>();
        for (CompiledControl compiled : byId.values()) {
            if (!compiled.control().accountScoped() && compiled.control().appliesTo(resourceType)) {
                matching.add(compiled);
            }
        }
        return List.copyOf(matching);
    }

    /** The controls that judge an account and region as a whole, in catalog order. */
    public List<CompiledControl> accountScoped() {
        return byId.values().stream().filter(compiled -> compiled.control().accountScoped()).toList();
    }

    /** The catalog index: its version and the control files, relative to the index. */
    record CatalogIndex(String version, List<String> controls) {
    }

    /** One control file. */
    record ControlFile(List<Control> controls) {
    }
}
