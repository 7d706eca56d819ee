package io.demarc.catalog.controls;

import java.util.List;
import java.util.Map;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

/**
 * {@code grantsFullAdmin(doc)}: an IAM policy document has a statement allowing action {@code *} on resource
 * {@code *} ({@code Statement} one statement or a list; {@code Action} and {@code Resource} a string or a list); given
 * a list of documents, whether any of them does. In Java because the comprehension it replaces ran over every
 * statement of every policy version of an item.
 */
final class PolicyFunctions {

    private PolicyFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        return List.of(CelFunctionDecl.newFunctionDeclaration("grantsFullAdmin",
                CelOverloadDecl.newGlobalOverload("grantsFullAdmin_dyn", SimpleType.BOOL, SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(CelFunctionBinding.from("grantsFullAdmin_dyn", Object.class, PolicyFunctions::grantsFullAdmin));
    }

    static boolean grantsFullAdmin(Object document) {
        if (document instanceof List<?> documents) {
            for (Object each : documents) {
                if (!(each instanceof List<?>) && grantsFullAdmin(each)) {
                    return true;
                }
            }
            return false;
        }
        if (!(document instanceof Map<?, ?> doc)) {
            return false;
        }
        Object statements = doc.get("Statement");
        if (statements instanceof List<?> list) {
            for (Object statement : list) {
                if (allowsEverything(statement)) {
                    return true;
                }
            }
            return false;
        }
        return statements != null && allowsEverything(statements);
    }

    private static boolean allowsEverything(Object statement) {
        return statement instanceof Map<?, ?> st && "Allow".equals(st.get("Effect")) && isWildcard(st.get("Action"))
                && isWildcard(st.get("Resource"));
    }

    private static boolean isWildcard(Object value) {
        return value instanceof String text ? text.equals("*") : value instanceof List<?> list && list.contains("*");
    }
}
