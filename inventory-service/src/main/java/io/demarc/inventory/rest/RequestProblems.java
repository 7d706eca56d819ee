package io.demarc.inventory.rest;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The refusal of a body over an endpoint's size limit. */
final class RequestProblems {

    private RequestProblems() {
    }

    static HttpProblem tooLarge(int limit) {
        return HttpProblem.builder().withStatus(Response.Status.REQUEST_ENTITY_TOO_LARGE).withTitle("Payload Too Large")
                .withDetail("This endpoint accepts at most " + limit + " bytes.").build();
    }

}
