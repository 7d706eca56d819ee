package io.demarc.console.web;

import java.io.InputStream;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.demarc.console.client.ApiProblemMapper;

/**
 * Passes a file a service answers through to the browser as it arrives: the bytes are copied from the service's
 * stream to the browser's, never held whole in the console's memory, with the service's content type and file name.
 * The browser downloads from the console, which adds the user's token; no token reaches the browser.
 */
public final class Downloads {

    private Downloads() {
    }

    /**
     * @param upstream the service's answer (a REST client method returning {@link Response} streams its body)
     * @param fallbackName the file name when the service names none
     */
    public static Response stream(Response upstream, String fallbackName) {
        if (upstream.getStatus() >= 400) {
            try {
                throw new ApiProblemMapper().toThrowable(upstream);
            } finally {
                upstream.close();
            }
        }
        InputStream body = body(upstream);
        MediaType type = upstream.getMediaType() != null
                ? upstream.getMediaType()
                : MediaType.APPLICATION_OCTET_STREAM_TYPE;
        String disposition = upstream.getHeaderString("Content-Disposition");
        if (disposition == null || !disposition.startsWith("attachment")) {
            disposition = "attachment; filename=\"" + safe(fallbackName) + "\"";
        }
        StreamingOutput copy = out -> {
            try (InputStream in = body) {
                if (in != null) {
                    in.transferTo(out);
                }
            } finally {
                upstream.close();
            }
        };
        Response.ResponseBuilder answer = Response.ok(copy, type).header("Content-Disposition", disposition);
        String length = upstream.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            answer.header(HttpHeaders.CONTENT_LENGTH, length);
        }
        for (String passed : new String[]{"Digest", "Digest-SHA256"}) {
            String value = upstream.getHeaderString(passed);
            if (value != null) {
                answer.header(passed, value);
            }
        }
        return answer.build();
    }

    /** A file name that cannot break the header: letters, digits, dot, dash and underscore only. */
    public static String safe(String name) {
        return name == null ? "download" : name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static InputStream body(Response upstream) {
        try {
            if (upstream.getEntity() instanceof InputStream stream) {
                return stream;
            }
        } catch (IllegalStateException notBuffered) {
            // A client answer whose body is still on the wire: read it as a stream below.
        }
        return upstream.hasEntity() ? upstream.readEntity(InputStream.class) : null;
    }
}
