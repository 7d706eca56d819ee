package io.demarc.service.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * {@code ?cursor=&limit=} of list endpoints that page by key rather than by offset: stable while rows are added, and
 * as fast on the thousandth page as on the first. The cursor is opaque to clients: the sort key of the last item of
 * the previous page, base64url-encoded.
 */
public class CursorRequest {

    public static final int MAX_LIMIT = 500;

    @QueryParam("cursor")
    public String cursor;

    @QueryParam("limit")
    @DefaultValue("50")
    public int limit;

    /** Throws a 400 problem naming the bad parameter. */
    public CursorRequest validated() {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw badRequest("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
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
            throw badRequest("cursor is not one this API returned: pass nextCursor of the previous page unchanged");
        }
    }

    /** How many rows to fetch: one more than the page, to learn whether another page follows. */
    public int fetchSize() {
        return limit + 1;
    }

    static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
