package io.demarc.catalog.frameworks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.demarc.catalog.controls.Control;

/** Which controls cite which requirement: framework key, then requirement id, then control ids in catalog order. */
final class Citations {

    private final Map<String, Map<String, List<String>>> byFramework;

    private Citations(Map<String, Map<String, List<String>>> byFramework) {
        this.byFramework = byFramework;
    }

    static Citations of(Collection<Control> controls) {
        Map<String, Map<String, List<String>>> byFramework = new HashMap<>();
        for (Control control : controls) {
            control.references().forEach((key, ids) -> ids.forEach(id -> {
                List<String> citing = byFramework.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .computeIfAbsent(id, i -> new ArrayList<>());
                if (!citing.contains(control.id())) {
                    citing.add(control.id());
                }
            }));
        }
        return new Citations(byFramework);
    }

    /** Requirement id to the controls citing it, for one framework key. */
    Map<String, List<String>> of(String key) {
        return byFramework.getOrDefault(key, Map.of());
    }
}
