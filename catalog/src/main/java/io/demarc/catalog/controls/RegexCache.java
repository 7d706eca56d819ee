package io.demarc.catalog.controls;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.re2j.Pattern;

import dev.cel.common.CelOptions;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.RuntimeHelpers;

/**
 * CEL's {@code matches} with each pattern compiled once: the standard function compiles its pattern on every call,
 * which made a control with one regex over a list of policies the costliest of the catalog. Same engine (RE2J),
 * same partial-match rule and the same errors: a pattern is cached only after the standard function accepted it.
 */
final class RegexCache {

    /** Enough for every pattern of the catalog and many custom controls; beyond it the cache starts over. */
    private static final int MAX_PATTERNS = 1_000;

    private final CelOptions options;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    RegexCache(CelOptions options) {
        this.options = options;
    }

    /** Bindings that replace the standard overloads {@code matches(string, string)} and {@code string.matches}. */
    List<CelFunctionBinding> bindings() {
        return List.of(CelFunctionBinding.from("matches", String.class, String.class, this::matches),
                CelFunctionBinding.from("matches_string", String.class, String.class, this::matches));
    }

    boolean matches(String text, String regex) {
        Pattern pattern = patterns.get(regex);
        if (pattern == null) {
            // The standard function checks the pattern (syntax, program size) and reports errors its own way.
            boolean matched = RuntimeHelpers.matches(text, regex, options);
            if (patterns.size() >= MAX_PATTERNS) {
                patterns.clear();
            }
            patterns.put(regex, Pattern.compile(regex));
            return matched;
        }
        return options.enableRegexPartialMatch() ? pattern.matcher(text).find() : pattern.matches(text);
    }
}
