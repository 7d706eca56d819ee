package io.demarc.catalog.controls;

import java.util.List;
import java.util.Map;

import com.google.common.collect.ImmutableList;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

/**
 * Where the IAM admin controls find policy documents, in Java because filtering and flattening them in CEL cost more
 * than judging them. Each returns what the former comprehension saw, in order; a document given as a list counts as
 * its elements. Input that is not a list is an error, as it was for CEL's {@code filter}.
 * <ul>
 * <li>{@code policyDocuments(policies, field)}: the {@code field} of each policy that is a map holding it (inline
 * policies: {@code policyDocument}).</li>
 * <li>{@code defaultVersionDocuments(versions)}: the {@code document} of each policy version that is a map holding
 * one and is the default version ({@code isDefaultVersion} true or absent).</li>
 * </ul>
 */
final class PolicyDocumentFunctions {

    private PolicyDocumentFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        ListType documents = ListType.create(SimpleType.DYN);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("policyDocuments",
                        CelOverloadDecl.newGlobalOverload("policyDocuments_dyn_string", documents, SimpleType.DYN,
                                SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration("defaultVersionDocuments",
                        CelOverloadDecl.newGlobalOverload("defaultVersionDocuments_dyn", documents, SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("policyDocuments_dyn_string", Object.class, String.class,
                        (policies, field) -> documents(policies, field, false)),
                CelFunctionBinding.from("defaultVersionDocuments_dyn", Object.class,
                        versions -> documents(versions, "document", true)));
    }

    private static List<Object> documents(Object holders, String field, boolean defaultVersionOnly) {
        if (!(holders instanceof List<?> list)) {
            throw new IllegalArgumentException("expected a list of policies, not " + holders);
        }
        ImmutableList.Builder<Object> documents = ImmutableList.builder();
        for (Object holder : list) {
            if (!(holder instanceof Map<?, ?> map) || map.get(field) == null
                    || (defaultVersionOnly && !isDefaultVersion(map.get("isDefaultVersion")))) {
                continue;
            }
            Object document = map.get(field);
            if (document instanceof List<?> several) {
                documents.addAll(several);
            } else {
                documents.add(document);
            }
        }
        return documents.build();
    }

    private static boolean isDefaultVersion(Object flag) {
        return flag == null || Boolean.TRUE.equals(flag);
    }
}
