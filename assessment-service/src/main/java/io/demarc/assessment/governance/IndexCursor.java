package io.demarc.assessment.governance;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;

/** Cursor pages over a list held in memory (the catalog's frameworks and requirements): the cursor is a position. */
public final class IndexCursor {

    private IndexCursor() {
    }

    public static <T, V> CursorPage<V> page(List<T> all, CursorRequest request, Function<T, V> view) {
        int start = start(request.validated().afterLong());
        List<Integer> positions = IntStream.range(Math.min(start, all.size()),
                (int) Math.min(all.size(), (long) start + request.fetchSize())).boxed().toList();
        return CursorPage.of(positions, request, String::valueOf, position -> view.apply(all.get(position)));
    }

    private static int start(Long after) {
        if (after == null) {
            return 0;
        }
        if (after < 0 || after >= Integer.MAX_VALUE) {
            throw HttpProblems.badRequest(CursorRequest.FORGED);
        }
        return (int) (after + 1);
    }
}
