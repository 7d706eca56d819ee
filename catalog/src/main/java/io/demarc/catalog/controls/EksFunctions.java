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
 * {@code eksEnabledLogTypes(cluster)}: the control-plane log types an EKS cluster's configuration enables, from either
 * shape a source delivers: AWS Config's {@code Logging.ClusterLogging.EnabledTypes[].Type}, or the EKS API's
 * {@code logging.clusterLogging[]} entries with {@code enabled: true} and their {@code types}. In Java because
 * searching both shapes once per log type in CEL cost several times the rest of the cluster's controls. Parts of an
 * unexpected shape enable nothing.
 */
final class EksFunctions {

    private EksFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        return List.of(CelFunctionDecl.newFunctionDeclaration("eksEnabledLogTypes",
                CelOverloadDecl.newGlobalOverload("eksEnabledLogTypes_dyn", ListType.create(SimpleType.STRING),
                        SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("eksEnabledLogTypes_dyn", Object.class, EksFunctions::enabledLogTypes));
    }

    static List<String> enabledLogTypes(Object cluster) {
        ImmutableList.Builder<String> types = ImmutableList.builder();
        if (!(cluster instanceof Map<?, ?> configuration)) {
            return types.build();
        }
        if (field(configuration.get("Logging"), "ClusterLogging") instanceof Map<?, ?> clusterLogging
                && clusterLogging.get("EnabledTypes") instanceof List<?> enabled) {
            for (Object entry : enabled) {
                if (field(entry, "Type") instanceof String type) {
                    types.add(type);
                }
            }
        }
        if (field(configuration.get("logging"), "clusterLogging") instanceof List<?> setups) {
            for (Object setup : setups) {
                if (Boolean.TRUE.equals(field(setup, "enabled")) && field(setup, "types") instanceof List<?> listed) {
                    listed.stream().filter(String.class::isInstance).map(String.class::cast).forEach(types::add);
                }
            }
        }
        return types.build();
    }

    private static Object field(Object holder, String name) {
        return holder instanceof Map<?, ?> map ? map.get(name) : null;
    }
}
