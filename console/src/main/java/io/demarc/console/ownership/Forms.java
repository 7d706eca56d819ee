package io.demarc.console.ownership;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.demarc.console.client.ApiException;

/** What the ownership pages' forms share. */
final class Forms {

    private Forms() {
    }

    /**
     * Whether the service's refusal belongs on the form (a bad value, a tie, a name taken) rather than on an error
     * page (signed out, not found, a service failure).
     */
    static boolean showOnForm(ApiException problem) {
        return problem.status() == 400 || problem.status() == 403 || problem.status() == 409
                || problem.status() == 422;
    }

    /** The "Next page" address of a cursor-paged list, or null on the last page. */
    static String next(String path, String nextCursor) {
        return nextCursor == null ? null : path + "?cursor=" + URLEncoder.encode(nextCursor, StandardCharsets.UTF_8);
    }
}
