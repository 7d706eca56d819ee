package io.demarc.service.rest;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a key-paged list.
 *
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
public record CursorPage<T>(List<T> items, int limit, String nextCursor) {

    /**
     * Builds the page from rows fetched with {@link CursorRequest#fetchSize()}, in sort-key order.
     *
     * @param sortKey the key the query orders by and continues after; must be unique per row
     */
    public static <R, T> CursorPage<T> of(List<R> fetched, CursorRequest request, Function<R, String> sortKey,
            Function<R, T> view) {
        boolean more = fetched.size() > request.limit;
        List<R> rows = more ? fetched.subList(0, request.limit) : fetched;
        String next = more ? CursorRequest.encode(sortKey.apply(rows.get(rows.size() - 1))) : null;
        return new CursorPage<>(rows.stream().map(view).toList(), request.limit, next);
    }
}
