package io.demarc.console.customcontrols;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.demarc.console.customcontrols.CustomControlsApi.Check;
import io.demarc.console.customcontrols.CustomControlsApi.ControlRequest;
import io.demarc.console.customcontrols.CustomControlsApi.CustomControl;

/**
 * The editor's fields as typed. Resource types are separated by commas or new lines; references are one framework a
 * line, {@code soc2: CC6.1, CC6.6}.
 */
public record ControlForm(String id, String title, String description, String severity, String resourceTypes,
        String domain, String expression, String applicability, String evidence, String remediation,
        String references) {

    static final ControlForm EMPTY = new ControlForm("custom-", "", "", "MEDIUM", "", "", "", "", "", "", "");

    static ControlForm of(CustomControl control) {
        String refs = control.references() == null
                ? ""
                : control.references().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + String.join(", ", entry.getValue()))
                        .collect(Collectors.joining("\n"));
        return new ControlForm(control.id(), control.title(), nn(control.description()), control.severity(),
                control.resourceTypes() == null ? "" : String.join("\n", control.resourceTypes()), control.domain(),
                nn(control.expression()), nn(control.applicability()), nn(control.evidence()),
                nn(control.remediation()), refs);
    }

    ControlRequest request(String fixedId) {
        return new ControlRequest(fixedId != null ? null : blank(id), blank(title), blank(description),
                blank(severity), types(), blank(domain), blank(expression), blank(applicability), blank(evidence),
                blank(remediation), referenceMap());
    }

    Check check() {
        List<String> types = types();
        return new Check(expression == null ? "" : expression, blank(applicability), blank(evidence),
                types.isEmpty() ? null : types);
    }

    List<String> types() {
        return resourceTypes == null
                ? List.of()
                : Arrays.stream(resourceTypes.split("[,\\s]+")).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }

    Map<String, List<String>> referenceMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        if (references == null) {
            return map;
        }
        for (String line : references.split("\\R")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            List<String> ids = Arrays.stream(line.substring(colon + 1).split(",")).map(String::trim)
                    .filter(s -> !s.isEmpty()).toList();
            map.put(line.substring(0, colon).trim(), ids);
        }
        return map;
    }

    /** The text of one expression field, to show the line an error is on. */
    String source(String field) {
        if (field == null) {
            return expression;
        }
        return switch (field) {
            case "applicability" -> applicability;
            case "evidence" -> evidence;
            default -> expression;
        };
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nn(String value) {
        return value == null ? "" : value;
    }
}
