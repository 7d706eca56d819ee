package io.demarc.console.customcontrols;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.rest.client.reactive.ClientExceptionMapper;

/** assessment-service's custom controls, and the check and dry run of an expression before it is saved. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/tenants/{tenantId}/custom-controls")
public interface CustomControlsApi {

    /** By id, cursor-paged. */
    @GET
    ControlPage list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("{controlId}")
    CustomControl get(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    CustomControl create(@PathParam("tenantId") String tenantId, ControlRequest request);

    @PUT
    @Path("{controlId}")
    @Consumes(MediaType.APPLICATION_JSON)
    CustomControl update(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId,
            ControlRequest request);

    @DELETE
    @Path("{controlId}")
    void delete(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId);

    /** Compile, type-check and cost-limit without saving; a refusal is a {@link CelProblem}. */
    @POST
    @Path("validate")
    @Consumes(MediaType.APPLICATION_JSON)
    CheckResult validate(@PathParam("tenantId") String tenantId, Check check);

    /** Evaluate over the tenant's current resources of the types, without saving; bounded by the service. */
    @POST
    @Path("dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    DryRun dryRun(@PathParam("tenantId") String tenantId, Check check);

    /**
     * A 400 of this service names the field and, for CEL, the line and column: kept in a {@link CelProblem} so the
     * editor can point at it. Other errors go to the console's common mapper.
     */
    @ClientExceptionMapper(priority = Priorities.USER - 100)
    static RuntimeException refused(Response response) {
        if (response.getStatus() != 400) {
            return null;
        }
        String body = null;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : null;
        } catch (RuntimeException unreadable) {
            // The status says enough.
        }
        return problem(body);
    }

    /** Reads a problem+json body into a {@link CelProblem}; anything else becomes a plain "Bad Request". */
    static CelProblem problem(String body) {
        String title = "Bad Request";
        String detail = null;
        String field = null;
        Integer line = null;
        Integer column = null;
        List<String> violations = new ArrayList<>();
        if (body != null && body.length() <= 64 * 1024 && body.trim().startsWith("{")) {
            try {
                JsonNode problem = new ObjectMapper().readTree(body);
                title = problem.path("title").asText(title);
                detail = problem.hasNonNull("detail") ? problem.get("detail").asText() : null;
                field = problem.hasNonNull("field") ? problem.get("field").asText() : null;
                line = problem.path("line").isInt() ? problem.get("line").asInt() : null;
                column = problem.path("column").isInt() ? problem.get("column").asInt() : null;
                for (JsonNode violation : problem.path("violations")) {
                    String name = violation.path("field").asText("");
                    String message = violation.path("message").asText("");
                    violations.add(name.isEmpty() ? message : name + ": " + message);
                }
            } catch (Exception notJson) {
                // Keep the title.
            }
        }
        return new CelProblem(title, detail, violations, field, line, column);
    }

    record ControlPage(List<CustomControl> items, int limit, String nextCursor) {
    }

    record CustomControl(String id, String title, String description, String severity, List<String> resourceTypes,
            String domain, String expression, String applicability, String evidence, String remediation,
            Map<String, List<String>> references, int revision, String createdBy, Instant createdAt,
            String updatedBy, Instant updatedAt) {
    }

    record ControlRequest(String id, String title, String description, String severity, List<String> resourceTypes,
            String domain, String expression, String applicability, String evidence, String remediation,
            Map<String, List<String>> references) {
    }

    record Check(String expression, String applicability, String evidence, List<String> resourceTypes) {
    }

    record CheckResult(boolean valid, List<String> checked) {
    }

    record DryRun(List<String> resourceTypes, int evaluated, int limit, boolean limited, int pass, int fail,
            int error, int notApplicable, int sampleSize, List<Sample> failing, List<Sample> errors) {
    }

    record Sample(String resourceType, String resourceId, String accountId, String awsRegion, String message) {
    }
}
