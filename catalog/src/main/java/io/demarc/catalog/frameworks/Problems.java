package io.demarc.catalog.frameworks;

import java.util.ArrayList;
import java.util.List;

/** The problems found in one file, thrown together so a broken file is fixed in one round. */
final class Problems {

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
            add(what + " is missing");
        }
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new FrameworkCatalogException(source + ": " + String.join("; ", found));
        }
    }
}
