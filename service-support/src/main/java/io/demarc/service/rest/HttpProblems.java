package io.demarc.service.rest;

import jakarta.ws.rs.core.Response.Status;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem+json answers every service gives; the title is the status's reason phrase unless a call names one. */
public final class HttpProblems {

    private HttpProblems() {
    }

    public static HttpProblem badRequest(String detail) {
        return of(Status.BAD_REQUEST, detail);
    }

    public static HttpProblem notFound(String detail) {
        return of(Status.NOT_FOUND, detail);
    }

    public static HttpProblem conflict(String detail) {
        return of(Status.CONFLICT, detail);
    }

    public static HttpProblem forbidden(String detail) {
        return of(Status.FORBIDDEN, detail);
    }

    /** Something this service depends on (Keycloak, AWS) failed or answered badly. */
    public static HttpProblem badGateway(String detail) {
        return of(Status.BAD_GATEWAY, detail);
    }

    /** The service cannot answer now, or is not configured for this. */
    public static HttpProblem unavailable(String detail) {
        return of(Status.SERVICE_UNAVAILABLE, detail);
    }

    /** A refusal with a title of its own, e.g. "Four eyes". */
    public static HttpProblem forbidden(String title, String detail) {
        return HttpProblem.builder().withStatus(Status.FORBIDDEN).withTitle(title).withDetail(detail).build();
    }

    public static HttpProblem of(Status status, String detail) {
        return HttpProblem.builder().withStatus(status).withTitle(status.getReasonPhrase()).withDetail(detail)
                .build();
    }
}
