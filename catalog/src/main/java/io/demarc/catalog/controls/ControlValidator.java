package io.demarc.catalog.controls;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks the fields of a control definition, before its expressions are compiled. */
final class ControlValidator {

    static final Pattern ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    static final int MAX_ID_LENGTH = 80;
    static final int MAX_TITLE_LENGTH = 200;
    /**
     * AWS Config's spelling (the service part may be empty for account-level types such as {@code AWS::::Account}),
     * or Demarc's own types for account-level facts AWS Config does not record ({@code Demarc::IAM::PasswordPolicy}).
     */
    static final Pattern RESOURCE_TYPE = Pattern.compile("^(AWS|Demarc)::[A-Za-z0-9]*::[A-Za-z0-9]+$");
    static final Pattern DOMAIN = Pattern.compile("^[a-z]+(-[a-z]+)*$");

    private ControlValidator() {
    }

    static void validate(Control control) {
        if (control == null) {
            throw new ControlDefinitionException("a control is null");
        }
        String id = control.id();
        if (id == null || id.isBlank()) {
            throw new ControlDefinitionException("a control has no id (title: " + control.title() + ")");
        }
        if (id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw invalid(id, "id must be lower-case words joined by dashes, at most " + MAX_ID_LENGTH + " chars");
        }
        requireText(id, "title", control.title());
        if (control.title().length() > MAX_TITLE_LENGTH) {
            throw invalid(id, "title is longer than " + MAX_TITLE_LENGTH + " characters");
        }
        requireText(id, "description", control.description());
        requireText(id, "remediation", control.remediation());
        requireText(id, "expression", control.expression());
        if (control.severity() == null) {
            throw invalid(id, "severity is missing");
        }
        if (control.domain() == null || !DOMAIN.matcher(control.domain()).matches()) {
            throw invalid(id, "domain must be a lower-case responsibility domain such as network-configuration, got "
                    + control.domain());
        }
        if (control.scope() != null && !Control.ITEM_SCOPE.equals(control.scope())
                && !Control.ACCOUNT_SCOPE.equals(control.scope())) {
            throw invalid(id, "unknown scope '" + control.scope() + "'; known: " + Control.ITEM_SCOPE + ", "
                    + Control.ACCOUNT_SCOPE);
        }
        validateResourceTypes(id, control.resourceTypes());
        validateReferences(id, control.references());
    }

    private static void validateResourceTypes(String id, List<String> resourceTypes) {
        if (resourceTypes.isEmpty()) {
            throw invalid(id, "resourceTypes is empty");
        }
        for (String type : resourceTypes) {
            if (type == null || !RESOURCE_TYPE.matcher(type).matches()) {
                throw invalid(id, "resource type '" + type + "' is not of the form AWS::Service::Type");
            }
        }
    }

    private static void validateReferences(String id, Map<String, List<String>> references) {
        for (Map.Entry<String, List<String>> entry : references.entrySet()) {
            if (!Frameworks.ALL.contains(entry.getKey())) {
                throw invalid(id, "unknown framework '" + entry.getKey() + "' in references; known: " + Frameworks.ALL);
            }
            Set<String> seen = new HashSet<>();
            for (String requirement : entry.getValue()) {
                if (requirement == null || requirement.isBlank()) {
                    throw invalid(id, "references." + entry.getKey() + " holds an empty requirement id");
                }
                if (!seen.add(requirement)) {
                    throw invalid(id, "references." + entry.getKey() + " lists " + requirement + " twice");
                }
            }
        }
    }

    private static void requireText(String id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(id, field + " is missing");
        }
    }

    private static ControlDefinitionException invalid(String id, String problem) {
        return new ControlDefinitionException("control '" + id + "': " + problem);
    }
}
