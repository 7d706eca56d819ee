package io.demarc.console.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns every error answer of a service (problem+json, or anything else) into an {@link ApiException}, with the
 * field violations of a 400 and the bad lines of a refused file as its violations. Registered for every REST client of
 * the console.
 */
@Provider
public class ApiProblemMapper implements ResponseExceptionMapper<ApiException> {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A problem document is small, but a refused CSV file names each of its bad lines; a larger body is not read
     * into memory.
     */
    private static final int MAX_BODY = 1024 * 1024;

    @Override
    public ApiException toThrowable(Response response) {
        int status = response.getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail = null;
        List<String> violations = new ArrayList<>();
        try {
            if (response.hasEntity()) {
                String body = response.readEntity(String.class);
                if (body != null && body.length() <= MAX_BODY && body.trim().startsWith("{")) {
                    JsonNode problem = JSON.readTree(body);
                    title = problem.path("title").asText(title);
                    detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
                    // A refused file: every bad line with its number (ownership's CSV imports).
                    for (JsonNode error : problem.path("errors")) {
                        String message = error.path("message").asText("");
                        violations.add(error.has("line")
                                ? "line " + error.path("line").asInt() + ": " + message
                                : message);
                    }
                    for (JsonNode violation : problem.path("violations")) {
                        String field = violation.path("field").asText("");
                        String message = violation.path("message").asText("");
                        violations.add(field.isEmpty() ? message : field + ": " + message);
                    }
                }
            }
        } catch (Exception unreadable) {
            // Not problem+json: the status and its reason phrase say enough.
        }
        return new ApiException(status, title, detail, violations);
    }

    @Override
    public boolean handles(int status, jakarta.ws.rs.core.MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }
}
