package io.demarc.console.inventory;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** assessment-service: a resource's drift from its baseline and its status timeline. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/tenants/{tenantId}")
public interface ResourceHistoryApi {

    @GET
    @Path("/drift")
    Drifts drift(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/resource-timeline")
    Timeline timeline(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("limit") Integer limit);

    record Drifts(List<Drift> items, String nextCursor) {
    }

    /** {@code patch}: RFC 6902 operations turning the baseline's configuration into the drifted one. */
    record Drift(String id, String baselineId, JsonNode patch, Instant itemCaptureTime, Instant detectedAt) {
    }

    record Timeline(List<Entry> items, String nextCursor) {
    }

    record Entry(String kind, Instant at, String controlId, String previousStatus, String status, String driftId) {
    }
}
