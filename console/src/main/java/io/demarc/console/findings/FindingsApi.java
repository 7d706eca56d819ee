package io.demarc.console.findings;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** reporting-service's finding read model: the list (cursor-paged, filtered) and one finding with its evidence. */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}/findings")
public interface FindingsApi {

    @GET
    Page list(@PathParam("tenantId") String tenantId, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("controlId") String controlId,
            @QueryParam("framework") String framework, @QueryParam("requirement") String requirement,
            @QueryParam("ownerTeamId") String ownerTeamId, @QueryParam("accountId") String accountId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/{findingId}")
    Finding get(@PathParam("tenantId") String tenantId, @PathParam("findingId") String findingId);

    record Page(List<Summary> items, String nextCursor) {
    }

    record Resource(String accountId, String awsRegion, String resourceType, String resourceId, String arn) {
    }

    record Team(String teamId, String name, String contactEmail) {
    }

    record Summary(String findingId, String controlId, String controlTitle, String severity, String status,
            Resource resource, Instant firstSeenAt, Instant statusChangedAt, Team owner, boolean unowned,
            String exceptionId) {
    }

    record Finding(String findingId, String controlId, String controlTitle, String severity, String status,
            String previousStatus, Resource resource, Instant evaluatedAt, Instant firstSeenAt,
            Instant statusChangedAt, Instant itemCaptureTime, String itemHash, JsonNode evidence, String remediation,
            String domain, Team owner, boolean unowned, Map<String, List<String>> references, String exceptionId,
            Instant exceptionExpiresAt) {
    }
}
