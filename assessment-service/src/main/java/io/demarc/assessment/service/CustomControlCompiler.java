package io.demarc.assessment.service;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlDefinitionException;
import io.demarc.catalog.controls.ControlLanguage;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.contracts.Severity;

import dev.cel.common.CelIssue;
import dev.cel.common.CelSourceLocation;
import dev.cel.common.CelValidationException;

/**
 * Checks and compiles a tenant's control with the catalog's own language: the same CEL environment, type check (the
 * expression and applicability must yield a bool) and limits (source size, nesting depth, and the iteration budget
 * every evaluation runs under), so a tenant's rule can neither fail at evaluation for a reason visible at upload nor
 * run away. The catalog's field validator is not public, so the few field rules it applies are repeated here.
 */
@ApplicationScoped
public class CustomControlCompiler {

    public static final String ID_PREFIX = "custom-";
    static final Pattern ID = Pattern.compile("^custom(-[a-z0-9]+)+$");
    static final int MAX_ID_LENGTH = 80;
    static final Pattern RESOURCE_TYPE = Pattern.compile("^(AWS|Demarc)::[A-Za-z0-9]*::[A-Za-z0-9]+$");
    /** The id a control's expressions are compiled under when they are checked alone. */
    static final String CHECK_ID = "custom-check";
    private static final List<String> EXPRESSION_FIELDS = List.of("expression", "applicability", "evidence");

    @Inject
    ControlLibrary library;

    @Inject
    ControlDomains domains;

    /** @throws InvalidCustomControlException naming the field, and for CEL errors the line and column */
    public CompiledControl compile(Control control) {
        checkFields(control);
        try {
            return ControlLanguage.compile(control);
        } catch (ControlDefinitionException e) {
            throw located(control.id(), e);
        }
    }

    /**
     * Compiles and type-checks a control's expressions alone, as an editor has them before the control is complete:
     * the same environment and limits as {@link #compile(Control)}, the resource types checked for their form when
     * given.
     *
     * @throws InvalidCustomControlException naming the field, and for CEL errors the line and column
     */
    public CompiledControl compileExpressions(String expression, String applicability, String evidence,
            List<String> resourceTypes) {
        List<String> types = resourceTypes == null ? List.of() : resourceTypes;
        checkResourceTypes(types);
        Control control = new Control(CHECK_ID, "check", "check", Severity.LOW, types,
                "check", expression, applicability, evidence, null, Map.of());
        try {
            return ControlLanguage.compile(control);
        } catch (ControlDefinitionException e) {
            throw located(CHECK_ID, e);
        }
    }

    private void checkFields(Control control) {
        String id = control.id();
        if (id == null || id.length() > MAX_ID_LENGTH || !ID.matcher(id).matches()) {
            throw new InvalidCustomControlException("id", "id must start with '" + ID_PREFIX
                    + "' followed by lower-case words joined by dashes, at most " + MAX_ID_LENGTH + " characters");
        }
        if (library.find(id).isPresent()) {
            throw new InvalidCustomControlException("id", "id " + id + " is a control of the catalog");
        }
        if (!domains.exists(control.domain())) {
            throw new InvalidCustomControlException("domain", "domain must be one of the catalog's responsibility"
                    + " domains " + domains.ids().stream().sorted().toList() + ", got " + control.domain());
        }
        if (control.resourceTypes().isEmpty()) {
            throw new InvalidCustomControlException("resourceTypes", "resourceTypes must name at least one type");
        }
        checkResourceTypes(control.resourceTypes());
        for (Map.Entry<String, List<String>> entry : control.references().entrySet()) {
            if (!Frameworks.ALL.contains(entry.getKey())) {
                throw new InvalidCustomControlException("references",
                        "unknown framework '" + entry.getKey() + "'; known: " + Frameworks.ALL);
            }
            if (entry.getValue().stream().anyMatch(ref -> ref == null || ref.isBlank())) {
                throw new InvalidCustomControlException("references",
                        "references." + entry.getKey() + " holds an empty requirement id");
            }
        }
    }

    private static void checkResourceTypes(List<String> types) {
        for (String type : types) {
            if (type == null || !RESOURCE_TYPE.matcher(type).matches()) {
                throw new InvalidCustomControlException("resourceTypes",
                        "resource type '" + type + "' is not of the form AWS::Service::Type");
            }
        }
    }

    /** The catalog's message names the field; the CEL error under it knows where in the source it is. */
    private static InvalidCustomControlException located(String id, ControlDefinitionException e) {
        String field = EXPRESSION_FIELDS.stream()
                .filter(name -> e.getMessage().startsWith("control '" + id + "': " + name + " "))
                .findFirst().orElse("expression");
        if (e.getCause() instanceof CelValidationException cel && !cel.getErrors().isEmpty()) {
            CelIssue first = cel.getErrors().get(0);
            CelSourceLocation at = first.getSourceLocation();
            if (at != null && at.getLine() > 0) {
                int column = at.getColumn() + 1;
                return new InvalidCustomControlException(field, field + " does not compile at line " + at.getLine()
                        + ", column " + column + ": " + first.getMessage(), at.getLine(), column);
            }
            return new InvalidCustomControlException(field, field + " does not compile: " + first.getMessage(), 1, 1);
        }
        // Not a syntax or type error at one place (a non-bool result, an empty source): the whole expression is at
        // fault, so the position is its start.
        String reason = e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
        return new InvalidCustomControlException(field, reason, 1, 1);
    }
}
