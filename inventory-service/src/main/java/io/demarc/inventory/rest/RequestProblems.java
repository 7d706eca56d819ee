package io.demarc.inventory.rest;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** Refusals shared by the webhook endpoints (which authenticate by signature or secret) and the size limits. */
final class RequestProblems {

    private RequestProblems() {
    }

    static HttpProblem forbidden(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Forbidden").withDetail(detail)
                .build();
    }

    static HttpProblem tooLarge(int limit) {
        return HttpProblem.builder().withStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE).withTitle("Payload Too Large")
                .withDetail("This endpoint accepts at most " + limit + " bytes.").build();
    }

    static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
