package io.demarc.catalog.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * AWS Config resource type names. Old (v1.0) configuration items spell them in upper case ({@code AWS::EC2::VOLUME});
 * {@link #canonical(String)} gives back the spelling current items use ({@code AWS::EC2::Volume}) for the types in
 * {@code resource-types.txt}, so both generations of an item land on the same resource.
 */
public final class ResourceTypes {

    /** AWS's own types, and Demarc's for facts AWS Config has no type for (account-level settings). */
    private static final Pattern WELL_FORMED = Pattern.compile("(AWS|Demarc)::[A-Za-z0-9]+::[A-Za-z0-9]+");
    private static final Set<String> KNOWN = load();
    private static final Map<String, String> BY_UPPER_CASE = KNOWN.stream()
            .collect(Collectors.toUnmodifiableMap(type -> type.toUpperCase(Locale.ROOT), Function.identity()));

    private ResourceTypes() {
    }

    /**
     * The canonical spelling of a type: itself when known, the known type that differs only in letter case otherwise,
     * and the text unchanged for a type not in the list.
     */
    public static String canonical(String type) {
        if (type == null || KNOWN.contains(type)) {
            return type;
        }
        return BY_UPPER_CASE.getOrDefault(type.toUpperCase(Locale.ROOT), type);
    }

    /** {@code AWS::Service::Type} or {@code Demarc::Service::Type}, the only forms of type a resource may have. */
    public static boolean isWellFormed(String type) {
        return type != null && WELL_FORMED.matcher(type).matches();
    }

    /** The types whose canonical spelling is known. */
    public static Set<String> known() {
        return KNOWN;
    }

    private static Set<String> load() {
        try (InputStream in = ResourceTypes.class.getResourceAsStream("resource-types.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource-types.txt is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
