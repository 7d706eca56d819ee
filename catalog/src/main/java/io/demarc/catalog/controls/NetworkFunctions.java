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
 * CEL functions over one security-group permission ({@code ipPermissions} element), written in Java because the same
 * checks as CEL comprehensions were the costliest part of evaluating a security group. Each returns what the former
 * expression returned on every well-formed permission; a malformed one (a port that is not a number, a range that is
 * not a list) is an error, so the control reports ERROR rather than a guess.
 * <ul>
 * <li>{@code openToWorld(p)}: an IPv4 range is {@code 0.0.0.0/0} or an IPv6 range {@code ::/0} ({@code ipRanges} and
 * {@code ipv4Ranges} as strings or {@code {cidrIp}}, {@code ipv6Ranges} as strings or {@code {cidrIpv6}}).</li>
 * <li>{@code allowsPorts(p, protocols, from, to)}: the protocol is all ({@code -1}) or one of {@code protocols}
 * (case-insensitive) and the permission's port range, open-ended where a bound is absent, covers {@code from..to}.</li>
 * <li>{@code allowsAnyPort(p, protocols, ports)}: like {@code allowsPorts} for at least one of {@code ports}.</li>
 * <li>{@code permissionsOpenToWorld(permissions, protocols, from, to)} and
 * {@code permissionsOpenToWorldOnAnyPort(permissions, protocols, ports)}: the permissions of a list for which
 * {@code allowsPorts} (or {@code allowsAnyPort}) and {@code openToWorld} hold, what
 * {@code permissions.filter(p, allowsPorts(...) && openToWorld(p))} returns, in one call (see
 * {@link MatchingElements} for errors).</li>
 * </ul>
 */
final class NetworkFunctions {

    private static final String WORLD_V4 = "0.0.0.0/0";
    private static final String WORLD_V6 = "::/0";

    private NetworkFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        ListType strings = ListType.create(SimpleType.STRING);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("openToWorld",
                        CelOverloadDecl.newGlobalOverload("openToWorld_dyn", SimpleType.BOOL, SimpleType.DYN)),
                CelFunctionDecl.newFunctionDeclaration("allowsPorts",
                        CelOverloadDecl.newGlobalOverload("allowsPorts_dyn_list_int_int", SimpleType.BOOL,
                                SimpleType.DYN, strings, SimpleType.INT, SimpleType.INT)),
                CelFunctionDecl.newFunctionDeclaration("allowsAnyPort",
                        CelOverloadDecl.newGlobalOverload("allowsAnyPort_dyn_list_list", SimpleType.BOOL,
                                SimpleType.DYN, strings, ListType.create(SimpleType.INT))),
                CelFunctionDecl.newFunctionDeclaration("permissionsOpenToWorld",
                        CelOverloadDecl.newGlobalOverload("permissionsOpenToWorld_dyn_list_int_int",
                                ListType.create(SimpleType.DYN), SimpleType.DYN, strings, SimpleType.INT,
                                SimpleType.INT)),
                CelFunctionDecl.newFunctionDeclaration("permissionsOpenToWorldOnAnyPort",
                        CelOverloadDecl.newGlobalOverload("permissionsOpenToWorldOnAnyPort_dyn_list_list",
                                ListType.create(SimpleType.DYN), SimpleType.DYN, strings,
                                ListType.create(SimpleType.INT))));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("openToWorld_dyn", Object.class, NetworkFunctions::openToWorld),
                CelFunctionBinding.from("allowsPorts_dyn_list_int_int",
                        List.of(Object.class, List.class, Long.class, Long.class),
                        args -> allowsPorts(args[0], (List<?>) args[1], (Long) args[2], (Long) args[3])),
                CelFunctionBinding.from("allowsAnyPort_dyn_list_list", List.of(Object.class, List.class, List.class),
                        args -> allowsAnyPort(args[0], (List<?>) args[1], (List<?>) args[2])),
                CelFunctionBinding.from("permissionsOpenToWorld_dyn_list_int_int",
                        List.of(Object.class, List.class, Long.class, Long.class),
                        args -> MatchingElements.of(args[0], "permissions",
                                p -> MatchingElements.both(
                                        () -> allowsPorts(p, (List<?>) args[1], (Long) args[2], (Long) args[3]),
                                        () -> openToWorld(p)))),
                CelFunctionBinding.from("permissionsOpenToWorldOnAnyPort_dyn_list_list",
                        List.of(Object.class, List.class, List.class),
                        args -> MatchingElements.of(args[0], "permissions",
                                p -> MatchingElements.both(() -> allowsAnyPort(p, (List<?>) args[1], (List<?>) args[2]),
                                        () -> openToWorld(p)))));
    }

    static boolean openToWorld(Object permission) {
        Map<?, ?> p = map(permission);
        return anyRange(p.get("ipRanges"), "cidrIp", WORLD_V4) || anyRange(p.get("ipv4Ranges"), "cidrIp", WORLD_V4)
                || anyRange(p.get("ipv6Ranges"), "cidrIpv6", WORLD_V6);
    }

    static boolean allowsPorts(Object permission, List<?> protocols, long from, long to) {
        Map<?, ?> p = map(permission);
        Boolean protocol = protocol(p, protocols);
        if (protocol != null) {
            return protocol;
        }
        return lowerBound(p.get("fromPort"), from) && upperBound(p.get("toPort"), to);
    }

    static boolean allowsAnyPort(Object permission, List<?> protocols, List<?> ports) {
        Map<?, ?> p = map(permission);
        Boolean protocol = protocol(p, protocols);
        if (protocol != null) {
            return protocol;
        }
        for (Object port : ports) {
            long value = (Long) port;
            if (lowerBound(p.get("fromPort"), value) && upperBound(p.get("toPort"), value)) {
                return true;
            }
        }
        return false;
    }

    /** True for all traffic, false for no protocol or another one, null when the ports decide. */
    private static Boolean protocol(Map<?, ?> p, List<?> protocols) {
        Object value = p.get("ipProtocol");
        if (value == null) {
            return false;
        }
        String protocol = String.valueOf(value);
        if (protocol.equals("-1")) {
            return true;
        }
        return protocols.contains(protocol.toLowerCase(Locale.ROOT)) ? null : false;
    }

    private static boolean lowerBound(Object fromPort, long port) {
        return fromPort == null || number(fromPort, "fromPort") <= port;
    }

    private static boolean upperBound(Object toPort, long port) {
        return toPort == null || number(toPort, "toPort") >= port;
    }

    private static boolean anyRange(Object ranges, String field, String world) {
        if (ranges == null) {
            return false;
        }
        if (!(ranges instanceof List<?> list)) {
            throw new IllegalArgumentException("address ranges must be a list, not " + ranges);
        }
        for (Object range : list) {
            Object cidr = range instanceof Map<?, ?> m ? m.get(field) : range;
            if (cidr != null && !(cidr instanceof String) && !(range instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("an address range must be a string or a map, not " + range);
            }
            if (world.equals(cidr)) {
                return true;
            }
        }
        return false;
    }

    private static Map<?, ?> map(Object permission) {
        if (permission instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("a permission must be a map, not " + permission);
    }

    private static double number(Object value, String name) {
        if (value instanceof Long || value instanceof Double) {
            return ((Number) value).doubleValue();
        }
        throw new IllegalArgumentException(name + " must be a number, not " + value);
    }
}
