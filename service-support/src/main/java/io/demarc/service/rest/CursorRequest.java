package io.demarc.service.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?cursor=&limit=} of list endpoints that page by key rather than by offset: stable while rows are added, and
 * as fast on the thousandth page as on the first. The cursor is opaque to clients: the sort key of the last item of
 * the previous page, base64url-encoded.
 */
public class CursorRequest {

    public static final int MAX_LIMIT = 500;

    /** What a client that altered or invented a cursor is told. */
    public static final String FORGED = "cursor is not one this API returned: pass nextCursor of the previous page"
            + " unchanged";

    @QueryParam("cursor")
    public String cursor;

    /** {@code ?limit=} as sent: bound as text, so that a limit that is no number is a 400 naming it, not a 404. */
    @QueryParam("limit")
    @DefaultValue("50")
    String limitParameter;

    /** Items per page; read from {@code ?limit=} by {@link #validated()}. */
    public int limit = 50;

    /** Throws a 400 problem naming the bad parameter. */
    public CursorRequest validated() {
        if (limitParameter != null) {
            try {
                limit = Integer.parseInt(limitParameter.trim());
            } catch (NumberFormatException e) {
                throw HttpProblems.badRequest("limit must be a whole number between 1 and " + MAX_LIMIT);
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw HttpProblems.badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        after();
        return this;
    }

    /** The sort key to continue after; null on the first page. */
    public String after() {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest(FORGED);
        }
    }

    /** The numeric key to continue after (a sequence, an id, a position); null on the first page. */
    public Long afterLong() {
        String after = after();
        try {
            return after == null ? null : Long.valueOf(after);
        } catch (NumberFormatException e) {
            throw HttpProblems.badRequest(FORGED);
        }
    }

    /** The UUID to continue after; null on the first page. */
    public UUID afterUuid() {
        String after = after();
        try {
            return after == null ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw HttpProblems.badRequest(FORGED);
        }
    }

    /** How many rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
