package io.demarc.ownership.service;

import java.util.UUID;

import io.demarc.service.rest.CursorRequest;

/** Reads the sort key a cursor carries; a key of the wrong shape was not made by this API, hence 400. */
public final class Cursors {

    private static final String FORGED = "cursor is not one this API returned: pass nextCursor of the previous page"
            + " unchanged";

    private Cursors() {
    }

    /** The numeric id to continue after; 0 on the first page. */
    public static long afterId(CursorRequest request) {
        String after = request.after();
        try {
            return after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw Problems.badRequest(FORGED);
        }
    }

    /** The UUID to continue after; null on the first page. */
    public static UUID afterUuid(CursorRequest request) {
        String after = request.after();
        try {
            return after == null ? null : UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw Problems.badRequest(FORGED);
        }
    }
}
