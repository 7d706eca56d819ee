package io.demarc.catalog.controls;

import java.util.List;
import java.util.Map;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

/**
 * {@code awsManagedPolicyAttachments(attachments, name)}: the entries of an {@code attachedManagedPolicies} list whose
 * {@code policyArn} is the AWS managed policy {@code name} in any partition ({@code arn:aws:iam::aws:policy/name},
 * {@code arn:aws-us-gov:...}, {@code arn:aws-cn:...}). In Java because the ARN pattern, matched in CEL for every
 * attachment in both the decision and the evidence, was most of the cost of the IAM principal controls. Entries that
 * are not maps or lack an ARN are skipped; a value that is not a list is an error, and an ARN that is not a string is
 * one unless another attachment matches (the rule of the {@code exists} it replaced, see {@link MatchingElements}).
 */
final class ManagedPolicyFunctions {

    private static final String PARTITION_PREFIX = "arn:aws";
    private static final String AWS_MANAGED_POLICY = ":iam::aws:policy/";

    private ManagedPolicyFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        return List.of(CelFunctionDecl.newFunctionDeclaration("awsManagedPolicyAttachments",
                CelOverloadDecl.newGlobalOverload("awsManagedPolicyAttachments_dyn_string",
                        ListType.create(SimpleType.DYN), SimpleType.DYN, SimpleType.STRING)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(CelFunctionBinding.from("awsManagedPolicyAttachments_dyn_string", Object.class, String.class,
                ManagedPolicyFunctions::attachments));
    }

    static List<Object> attachments(Object attachments, String policyName) {
        return MatchingElements.of(attachments, "policy attachments",
                attachment -> attachment instanceof Map<?, ?> map && map.get("policyArn") != null
                        && isAwsManagedPolicy(arn(map.get("policyArn")), policyName));
    }

    /** {@code arn:aws[a-z-]*:iam::aws:policy/<name>}, the partition being {@code aws} or {@code aws-<suffix>}. */
    static boolean isAwsManagedPolicy(String arn, String policyName) {
        String suffix = AWS_MANAGED_POLICY + policyName;
        if (!arn.startsWith(PARTITION_PREFIX) || !arn.endsWith(suffix)
                || arn.length() < PARTITION_PREFIX.length() + suffix.length()) {
            return false;
        }
        for (int i = PARTITION_PREFIX.length(); i < arn.length() - suffix.length(); i++) {
            char c = arn.charAt(i);
            if (!(c >= 'a' && c <= 'z') && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static String arn(Object value) {
        if (value instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("policyArn is not a string: " + value);
    }
}
