package io.demarc.assessment.governance;

import io.demarc.service.rest.CursorRequest;

/** Cursors over tables ordered by a database sequence: the cursor carries the sequence of the last row served. */
public final class SequenceCursor {

    private SequenceCursor() {
    }

    /** The sequence to continue after; null on the first page. A cursor this API did not issue is a 400. */
    public static Long after(CursorRequest request) {
        String key = request.validated().after();
        if (key == null) {
            return null;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw Problems.badRequest("cursor is not one this API returned: pass nextCursor of the previous page"
                    + " unchanged");
        }
    }
}
