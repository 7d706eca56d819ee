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
 * <li>{@code inlinePolicies(principal)}: the entries of an IAM user's, group's or role's {@code userPolicyList},
 * {@code groupPolicyList} and {@code rolePolicyList}, in that order (concatenating the three in CEL cost more than
 * judging them); a configuration that is not an object, or a list field that is not a list, is an error.</li>
 * <li>{@code policyDocumentsReadable(documents)}: every document is a JSON object; one still URL-encoded text (as
 * some sources deliver it) or of another shape cannot be judged.</li>
 * </ul>
 */
final class PolicyDocumentFunctions {

    /** Where users, groups and roles list their inline policies, in the order {@code inlinePolicies} returns them. */
    private static final List<String> INLINE_POLICY_LISTS = List.of("userPolicyList", "groupPolicyList",
            "rolePolicyList");

    private PolicyDocumentFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        ListType documents = ListType.create(SimpleType.DYN);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("policyDocuments",
                        CelOverloadDecl.newGlobalOverload("policyDocuments_dyn_string", documents, SimpleType.DYN,
                                SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration("defaultVersionDocuments",
                        CelOverloadDecl.newGlobalOverload("defaultVersionDocuments_dyn", documents, SimpleType.DYN)),
                CelFunctionDecl.newFunctionDeclaration("inlinePolicies",
                        CelOverloadDecl.newGlobalOverload("inlinePolicies_dyn", documents, SimpleType.DYN)),
                CelFunctionDecl.newFunctionDeclaration("policyDocumentsReadable",
                        CelOverloadDecl.newGlobalOverload("policyDocumentsReadable_list", SimpleType.BOOL,
                                documents)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("policyDocuments_dyn_string", Object.class, String.class,
                        (policies, field) -> documents(policies, field, false)),
                CelFunctionBinding.from("defaultVersionDocuments_dyn", Object.class,
                        versions -> documents(versions, "document", true)),
                CelFunctionBinding.from("inlinePolicies_dyn", Object.class, PolicyDocumentFunctions::inlinePolicies),
                CelFunctionBinding.from("policyDocumentsReadable_list", List.class,
                        documents -> documents.stream().allMatch(Map.class::isInstance)));
    }

    private static List<Object> inlinePolicies(Object principal) {
        if (!(principal instanceof Map<?, ?> configuration)) {
            // Unreadable, not compliant: the CEL this replaced could not select fields of it either.
            throw new IllegalArgumentException("expected an IAM principal's configuration object, not " + principal);
        }
        ImmutableList.Builder<Object> policies = ImmutableList.builder();
        for (String field : INLINE_POLICY_LISTS) {
            Object list = configuration.get(field);
            if (list instanceof List<?> entries) {
                policies.addAll(entries);
            } else if (list != null) {
                throw new IllegalArgumentException(field + " is not a list: " + list);
            }
        }
        return policies.build();
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
