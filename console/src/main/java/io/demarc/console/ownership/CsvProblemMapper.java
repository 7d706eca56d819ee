package io.demarc.console.ownership;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.demarc.console.client.ApiException;

/**
 * Reads ownership's refusal of a CSV file, which names every bad line in {@code errors: [{line, message}]}, into an
 * {@link ApiException} whose violations are "line 3: …", so the import form can show every one. Runs before the
 * console's general mapper (lower priority value) and only for {@link OwnershipCsvApi}.
 */
@Priority(CsvProblemMapper.PRIORITY)
public class CsvProblemMapper implements ResponseExceptionMapper<ApiException> {

    /** Before the console's general {@code ApiProblemMapper} (default priority 5000): mappers run lowest first. */
    static final int PRIORITY = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 1024 * 1024;

    @Override
    public ApiException toThrowable(Response response) {
        int status = response.getStatus();
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : "HTTP " + status;
        String detail = null;
        List<String> lines = new ArrayList<>();
        try {
            if (response.hasEntity()) {
                String body = response.readEntity(String.class);
                if (body != null && body.length() <= MAX_BODY && body.trim().startsWith("{")) {
                    JsonNode problem = JSON.readTree(body);
                    title = problem.path("title").asText(title);
                    detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
                    for (JsonNode error : problem.path("errors")) {
                        String message = error.path("message").asText("");
                        lines.add(error.has("line") ? "line " + error.path("line").asInt() + ": " + message : message);
                    }
                    for (JsonNode violation : problem.path("violations")) {
                        String field = violation.path("field").asText("");
                        String message = violation.path("message").asText("");
                        lines.add(field.isEmpty() ? message : field + ": " + message);
                    }
                }
            }
        } catch (Exception unreadable) {
            // Not problem+json: the status says enough.
        }
        return new ApiException(status, title, detail, lines);
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 400;
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }
}
