package io.demarc.catalog.controls;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import com.google.common.collect.ImmutableList;

/**
 * The elements of a list for which a check holds, for functions that replace a CEL {@code exists} and the
 * {@code filter} of its evidence with one call (a CEL comprehension costs about half a microsecond per element).
 * Errors follow {@code exists}: an element the check cannot read is skipped when another element matches, and is the
 * error when none does, so {@code size(result) == 0} decides exactly as {@code !list.exists(...)} did.
 */
final class MatchingElements {

    private MatchingElements() {
    }

    static List<Object> of(Object list, String what, Predicate<Object> check) {
        if (!(list instanceof List<?> elements)) {
            throw new IllegalArgumentException("expected a list of " + what + ", not " + list);
        }
        ImmutableList.Builder<Object> matching = ImmutableList.builder();
        boolean any = false;
        RuntimeException unreadable = null;
        for (Object element : elements) {
            try {
                if (check.test(element)) {
                    matching.add(element);
                    any = true;
                }
            } catch (IllegalArgumentException | ClassCastException e) {
                unreadable = unreadable == null ? e : unreadable;
            }
        }
        if (!any && unreadable != null) {
            throw unreadable;
        }
        return matching.build();
    }

    /** Both checks, as CEL's {@code &&} takes them: a false one wins over one that cannot be read. */
    static boolean both(BooleanSupplier first, BooleanSupplier second) {
        RuntimeException unreadable = null;
        try {
            if (!first.getAsBoolean()) {
                return false;
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            unreadable = e;
        }
        try {
            if (!second.getAsBoolean()) {
                return false;
            }
        } catch (IllegalArgumentException | ClassCastException e) {
            unreadable = unreadable == null ? e : unreadable;
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return true;
    }
}
