package io.demarc.assessment.governance;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;

/** Cursor pages over a list held in memory (the catalog's frameworks and requirements): the cursor is a position. */
public final class IndexCursor {

    private IndexCursor() {
    }

    public static <T, V> CursorPage<V> page(List<T> all, CursorRequest request, Function<T, V> view) {
        int start = start(request.validated().after());
        List<Integer> positions = IntStream.range(Math.min(start, all.size()),
                (int) Math.min(all.size(), (long) start + request.fetchSize())).boxed().toList();
        return CursorPage.of(positions, request, String::valueOf, position -> view.apply(all.get(position)));
    }

    private static int start(String after) {
        if (after == null) {
            return 0;
        }
        try {
            int position = Integer.parseInt(after);
            if (position >= 0) {
                return position + 1;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw Problems.badRequest("cursor is not one this API returned: pass nextCursor of the previous page"
                + " unchanged");
    }
}
