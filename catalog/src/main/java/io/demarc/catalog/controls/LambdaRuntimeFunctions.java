package io.demarc.catalog.controls;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

/**
 * {@code lambdaRuntimeDeprecatedSince(runtime)}: the date ({@code yyyy-MM-dd}) AWS deprecates a Lambda runtime, or
 * {@code ''} for a runtime the calendar does not list (still supported, or a value that is not a runtime name). The
 * calendar is catalog data, {@value #CALENDAR}, read once; as a map literal in the control's CEL it was rebuilt on
 * every evaluation and cost more than the rest of the control.
 */
final class LambdaRuntimeFunctions {

    static final String CALENDAR = "catalog/lambda-runtimes.json";
    private static final Map<String, String> DEPRECATED_SINCE = load();

    private LambdaRuntimeFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        return List.of(CelFunctionDecl.newFunctionDeclaration("lambdaRuntimeDeprecatedSince",
                CelOverloadDecl.newGlobalOverload("lambdaRuntimeDeprecatedSince_dyn", SimpleType.STRING,
                        SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(CelFunctionBinding.from("lambdaRuntimeDeprecatedSince_dyn", Object.class,
                LambdaRuntimeFunctions::deprecatedSince));
    }

    static String deprecatedSince(Object runtime) {
        return runtime instanceof String name ? DEPRECATED_SINCE.getOrDefault(name, "") : "";
    }

    private static Map<String, String> load() {
        try (InputStream in = LambdaRuntimeFunctions.class.getClassLoader().getResourceAsStream(CALENDAR)) {
            if (in == null) {
                throw new IllegalStateException("the catalog lacks " + CALENDAR);
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode calendar = mapper.readTree(in).required("deprecations");
            Map<String, String> dates = mapper.convertValue(calendar, new TypeReference<Map<String, String>>() {
            });
            dates.values().forEach(date -> {
                if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new IllegalStateException(CALENDAR + ": '" + date + "' is not a yyyy-MM-dd date");
                }
            });
            return Map.copyOf(dates);
        } catch (IOException e) {
            throw new UncheckedIOException(CALENDAR + " cannot be read", e);
        }
    }
}
