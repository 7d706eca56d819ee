package io.demarc.ownership.service;

import java.util.List;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem+json answers of the ownership API, each with a message that says what is wrong. */
public final class Problems {

    private Problems() {
    }

    /** A line of an uploaded file that cannot be applied. */
    public record LineError(long line, String message) {
    }

    /** 400 listing every bad line of an uploaded file. */
    public static HttpProblem badFile(String what, List<LineError> errors) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(errors.size() + " bad line(s) in the " + what + " file; nothing was applied")
                .with("errors", errors).build();
    }
}
