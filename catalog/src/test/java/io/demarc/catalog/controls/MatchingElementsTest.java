package io.demarc.catalog.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/** {@link MatchingElements} follows CEL's error rules: {@code exists} for the list, {@code &&} for {@code both}. */
class MatchingElementsTest {

    /** True for "yes", false for "no", unreadable for anything else. */
    static final Predicate<Object> CHECK = element -> switch (String.valueOf(element)) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw new IllegalArgumentException("cannot read " + element);
    };

    static final BooleanSupplier TRUE = () -> true;
    static final BooleanSupplier FALSE = () -> false;
    static final BooleanSupplier UNREADABLE = () -> {
        throw new IllegalArgumentException("unreadable");
    };
    static final BooleanSupplier WRONG_TYPE = () -> (Boolean) (Object) "not a bool";

    @Test
    void returnsTheMatchingElementsInOrder() {
        assertThat(MatchingElements.of(List.of("yes", "no", "yes"), "answers", CHECK)).containsExactly("yes", "yes");
        assertThat(MatchingElements.of(List.of("no", "no"), "answers", CHECK)).isEmpty();
        assertThat(MatchingElements.of(List.of(), "answers", CHECK)).isEmpty();
    }

    @Test
    void skipsUnreadableElementsWhenAnotherMatches() {
        assertThat(MatchingElements.of(List.of("maybe", "yes", 5L), "answers", CHECK)).containsExactly("yes");
    }

    @Test
    void isTheFirstErrorWhenNothingMatches() {
        assertThatThrownBy(() -> MatchingElements.of(List.of("no", "maybe", "perhaps"), "answers", CHECK))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot read maybe");
    }

    @Test
    void treatsAClassCastAsUnreadable() {
        Predicate<Object> cast = element -> (Boolean) element;

        assertThat(MatchingElements.of(List.of("x", true), "flags", cast)).containsExactly(true);
        assertThatThrownBy(() -> MatchingElements.of(List.of("x", false), "flags", cast))
                .isInstanceOf(ClassCastException.class);
    }

    @Test
    void refusesAValueThatIsNotAList() {
        assertThatThrownBy(() -> MatchingElements.of(Map.of("a", "yes"), "answers", CHECK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected a list of answers");
        assertThatThrownBy(() -> MatchingElements.of("yes", "answers", CHECK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothIsFalseWhenEitherIsFalseEvenBesideAnUnreadableOne() {
        assertThat(MatchingElements.both(TRUE, TRUE)).isTrue();
        assertThat(MatchingElements.both(TRUE, FALSE)).isFalse();
        assertThat(MatchingElements.both(FALSE, UNREADABLE)).isFalse();
        assertThat(MatchingElements.both(UNREADABLE, FALSE)).isFalse();
        assertThat(MatchingElements.both(WRONG_TYPE, FALSE)).isFalse();
    }

    @Test
    void bothIsAnErrorWhenNoneIsFalseAndOneIsUnreadable() {
        assertThatThrownBy(() -> MatchingElements.both(UNREADABLE, TRUE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchingElements.both(TRUE, UNREADABLE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchingElements.both(WRONG_TYPE, UNREADABLE)).isInstanceOf(ClassCastException.class);
    }
}
