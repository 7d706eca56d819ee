package io.demarc.service.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=&size=} of every list endpoint: zero-based page, size from 1 to {@value #MAX_SIZE}. */
public class PageRequest {

    public static final int MAX_SIZE = 500;

    @QueryParam("page")
    @DefaultValue("0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    public int size;

    /** Throws a 400 problem naming the bad parameter. */
    public PageRequest validated() {
        if (page < 0) {
            throw HttpProblems.badRequest("page must be 0 or greater, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw HttpProblems.badRequest("size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        return this;
    }

    /** Index of the first item of the page; a long, because a far page of a large size passes int range. */
    public long offset() {
        return (long) page * size;
    }

    /** Whether the page starts after the last of {@code total} items: nothing to fetch, and maybe no int offset. */
    public boolean beyond(long total) {
        return offset() >= total;
    }
}
