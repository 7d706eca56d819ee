package io.demarc.console.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** Addresses of console pages with their query: one way to encode values and carry filters and a cursor. */
public final class Links {

    private Links() {
    }

    /** A value as a query or path part. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code path} with the non-null parameters, in their order, and the cursor when there is one. */
    public static String withQuery(String path, Map<String, String> params, String cursor) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + encode(value));
            }
        });
        if (cursor != null) {
            query.add("cursor=" + encode(cursor));
        }
        return path + query;
    }
}
