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
 * List functions controls use where a CEL comprehension (about half a microsecond per element) would cost more than
 * the rest of the control. A value that is not a list is an error.
 * <ul>
 * <li>{@code fieldValues(list, field)}: the {@code field} of each element that is a map holding it, in order (the
 * names of a user's policies, the ids of an instance's network interfaces).</li>
 * <li>{@code without(list, removed)}: the elements of {@code list} that are not in {@code removed}, in order (the log
 * types a cluster must enable but does not).</li>
 * </ul>
 */
final class ListFunctions {

    private ListFunctions() {
    }

    static List<CelFunctionDecl> declarations() {
        ListType anyList = ListType.create(SimpleType.DYN);
        return List.of(
                CelFunctionDecl.newFunctionDeclaration("fieldValues",
                        CelOverloadDecl.newGlobalOverload("fieldValues_dyn_string", anyList, SimpleType.DYN,
                                SimpleType.STRING)),
                CelFunctionDecl.newFunctionDeclaration("without",
                        CelOverloadDecl.newGlobalOverload("without_dyn_dyn", anyList, SimpleType.DYN,
                                SimpleType.DYN)));
    }

    static List<CelFunctionBinding> bindings() {
        return List.of(
                CelFunctionBinding.from("fieldValues_dyn_string", Object.class, String.class,
                        ListFunctions::fieldValues),
                CelFunctionBinding.from("without_dyn_dyn", Object.class, Object.class, ListFunctions::without));
    }

    static List<Object> fieldValues(Object list, String field) {
        ImmutableList.Builder<Object> values = ImmutableList.builder();
        for (Object element : list(list)) {
            if (element instanceof Map<?, ?> map && map.get(field) != null) {
                values.add(map.get(field));
            }
        }
        return values.build();
    }

    static List<Object> without(Object list, Object removed) {
        List<?> excluded = list(removed);
        ImmutableList.Builder<Object> kept = ImmutableList.builder();
        for (Object element : list(list)) {
            if (!excluded.contains(element)) {
                kept.add(element);
            }
        }
        return kept.build();
    }

    private static List<?> list(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("expected a list, not " + value);
    }
}
