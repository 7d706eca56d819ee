package io.demarc.catalog.controls;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.types.ListType;
import dev.cel.common.types.SimpleType;
import dev.cel.runtime.CelFunctionBinding;

/**
 * {@code aclAllowsWorldIngress(e, protocols, ports)}: a network ACL entry ({@code entries} element) that lets in
 * traffic from anywhere on one of {@code ports}: an inbound ({@code egress == false}) {@code allow} entry from
 * {@code 0.0.0.0/0} or {@code ::/0}, whose protocol is all ({@code -1}) or one of {@code protocols}
 * (case-insensitive), with no port range or a range (open-ended where a bound is absent) covering one of the ports.
 * Written in Java because the same comprehension over entries and ports was the costliest expression of the catalog.
 * It returns what that expression returned: false for an entry that is not a map, and, as CEL's {@code &&} does, false
 * whenever one condition is false even if another cannot be read; otherwise an unreadable field (an action that is not
 * a string, a port bound that is not a number) is an error, so the control reports ERROR rather than a guess.
 * {@code aclWorldIngressEntries(entries, protocols, ports)} returns the entries of a list for which it holds, in one
 * call (see {@link MatchingElements} for errors).
 */
final class NetworkAclFunctions {

    private NetworkAclFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        ListType protocols = ListType.create(SimpleType.STRING);
        ListType ports = ListType.create(SimpleType.INT);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("aclAllowsWorldIngress",
                        CelOverloadDecl.newGlobalOverload("aclAllowsWorldIngress_dyn_list_list", SimpleType.BOOL,
                                SimpleType.DYN, protocols, ports)),
                CelFunctionDecl.newFunctionDeclaration("aclWorldIngressEntries",
                        CelOverloadDecl.newGlobalOverload("aclWorldIngressEntries_dyn_list_list",
                                ListType.create(SimpleType.DYN), SimpleType.DYN, protocols, ports)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("aclAllowsWorldIngress_dyn_list_list",
                        List.of(Object.class, List.class, List.class),
                        args -> aclAllowsWorldIngress(args[0], (List<?>) args[1], (List<?>) args[2])),
                CelFunctionBinding.from("aclWorldIngressEntries_dyn_list_list",
                        List.of(Object.class, List.class, List.class),
                        args -> MatchingElements.of(args[0], "network ACL entries",
                                e -> aclAllowsWorldIngress(e, (List<?>) args[1], (List<?>) args[2]))));
    }

    static boolean aclAllowsWorldIngress(Object entry, List<?> protocols, List<?> ports) {
        if (!(entry instanceof Map<?, ?> e) || !Boolean.FALSE.equals(e.get("egress"))
                || !("0.0.0.0/0".equals(e.get("cidrBlock")) || "::/0".equals(e.get("ipv6CidrBlock")))
                || e.get("ruleAction") == null || e.get("protocol") == null) {
            return false;
        }
        // Each remaining condition may be unreadable; like CEL's &&, a false one wins over an unreadable one.
        RuntimeException unreadable = null;
        try {
            if (!"allow".equals(lowerAscii(e.get("ruleAction"), "ruleAction"))) {
                return false;
            }
        } catch (IllegalArgumentException ex) {
            unreadable = ex;
        }
        try {
            if (!protocolAndPortsMatch(e, protocols, ports)) {
                return false;
            }
        } catch (IllegalArgumentException ex) {
            unreadable = unreadable == null ? ex : unreadable;
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return true;
    }

    private static boolean protocolAndPortsMatch(Map<?, ?> e, List<?> protocols, List<?> ports) {
        String protocol = text(e.get("protocol"));
        if (protocol.equals("-1")) {
            return true;
        }
        if (!protocols.contains(protocol.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Object range = e.get("portRange");
        if (range == null) {
            return true;
        }
        if (!(range instanceof Map<?, ?> r)) {
            throw new IllegalArgumentException("portRange must be a map, not " + range);
        }
        for (Object port : ports) {
            long value = (Long) port;
            if ((r.get("from") == null || number(r.get("from"), "portRange.from") <= value)
                    && (r.get("to") == null || number(r.get("to"), "portRange.to") >= value)) {
                return true;
            }
        }
        return false;
    }

    /** CEL's {@code string()} of a scalar: protocols come as "6", "tcp" or 6. */
    private static String text(Object value) {
        if (value instanceof String || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return String.valueOf(value);
        }
        throw new IllegalArgumentException("protocol must be a string or a number, not " + value);
    }

    private static String lowerAscii(Object value, String name) {
        if (value instanceof String text) {
            return text.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException(name + " must be a string, not " + value);
    }

    private static double number(Object value, String name) {
        if (value instanceof Long || value instanceof Double) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException(name + " must be a number, not " + value);
    }
}
