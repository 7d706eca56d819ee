package io.demarc.service.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkiverse.resteasy.problem.HttpProblem;

class CursorPageTest {

    @Test
    void aPageWithMoreRowsCarriesTheCursorOfItsLastItem() {
        CursorRequest request = request(null, 3);
        List<String> fetched = List.of("a", "b", "c", "d");

        CursorPage<String> page = CursorPage.of(fetched, request, Function.identity(), String::toUpperCase);

        assertThat(page.items()).containsExactly("A", "B", "C");
        assertThat(request(page.nextCursor(), 3).after()).isEqualTo("c");
    }

    @Test
    void theLastPageHasNoCursor() {
        CursorPage<String> page = CursorPage.of(List.of("x", "y"), request(null, 3), Function.identity(),
                Function.identity());

        assertThat(page.items()).containsExactly("x", "y");
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void walkingTheCursorsVisitsEveryRowOnce() {
        List<String> rows = IntStream.range(0, 10).mapToObj(i -> "key-%02d".formatted(i)).toList();
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            CursorRequest request = request(cursor, 4).validated();
            String after = request.after();
            List<String> fetched = rows.stream().filter(r -> after == null || r.compareTo(after) > 0)
                    .limit(request.fetchSize()).toList();
            CursorPage<String> page = CursorPage.of(fetched, request, Function.identity(), Function.identity());
            seen.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertThat(seen).isEqualTo(rows);
    }

    @Test
    void badLimitsAndForgedCursorsAre400s() {
        assertThatThrownBy(() -> request(null, 0).validated()).isInstanceOf(HttpProblem.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> request(null, CursorRequest.MAX_LIMIT + 1).validated())
                .isInstanceOf(HttpProblem.class);
        assertThatThrownBy(() -> request("%%%not-base64", 10).validated()).isInstanceOf(HttpProblem.class)
                .hasMessageContaining("cursor");
    }

    @Test
    void theLimitIsReadFromTheQueryTextAndTextThatIsNoNumberIsA400() {
        CursorRequest request = new CursorRequest();
        request.limitParameter = " 20 ";
        assertThat(request.validated().limit).isEqualTo(20);
        assertThat(request.fetchSize()).isEqualTo(21);

        request.limitParameter = "twenty";
        assertThatThrownBy(request::validated).isInstanceOf(HttpProblem.class)
                .hasMessageContaining("limit must be a whole number");
        request.limitParameter = "99999999999";
        assertThatThrownBy(request::validated).isInstanceOf(HttpProblem.class).hasMessageContaining("limit");
    }

    @Test
    void typedKeysAreReadBackAndMisshapenOnesAre400s() {
        java.util.UUID id = java.util.UUID.randomUUID();

        assertThat(request(null, 5).afterLong()).isNull();
        assertThat(request(null, 5).afterUuid()).isNull();
        assertThat(request(CursorRequest.encode("42"), 5).afterLong()).isEqualTo(42L);
        assertThat(request(CursorRequest.encode(id.toString()), 5).afterUuid()).isEqualTo(id);
        assertThatThrownBy(() -> request(CursorRequest.encode("forty-two"), 5).afterLong())
                .isInstanceOf(HttpProblem.class).hasMessageContaining("cursor");
        assertThatThrownBy(() -> request(CursorRequest.encode("42"), 5).afterUuid())
                .isInstanceOf(HttpProblem.class).hasMessageContaining("cursor");
    }

    private static CursorRequest request(String cursor, int limit) {
        CursorRequest request = new CursorRequest();
        request.cursor = cursor;
        request.limit = limit;
        return request;
    }
}
