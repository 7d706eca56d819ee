package io.demarc.inventory.service;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The problem+json answers of tenant and account management, each with a message that says what to do. */
public final class Problems {

    private Problems() {
    }

    /** 400 naming the field at fault, in the shape of Bean Validation's answers. */
    public static HttpProblem badField(String field, String message) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body",
                        "message", message)))
                .build();
    }

}
