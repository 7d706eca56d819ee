package io.demarc.assessment.governance;

import jakarta.ws.rs.core.Response.Status;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem+json answers of the exception, drift and framework APIs. */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem badRequest(String detail) {
        return of(Status.BAD_REQUEST, "Bad Request", detail);
    }

    public static HttpProblem notFound(String detail) {
        return of(Status.NOT_FOUND, "Not Found", detail);
    }

    public static HttpProblem conflict(String detail) {
        return of(Status.CONFLICT, "Conflict", detail);
    }

    public static HttpProblem forbidden(String title, String detail) {
        return of(Status.FORBIDDEN, title, detail);
    }

    /** A caller-supplied value fit to echo in a message: printable, short. */
    public static String echo(String value) {
        if (value == null) {
            return "null";
        }
        String safe = value.replaceAll("[^A-Za-z0-9._:/=@+-]", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }

    private static HttpProblem of(Status status, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(title).withDetail(detail).build();
    }
}
