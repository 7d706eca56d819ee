package io.demarc.console.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.databind.JsonNode;

/** inventory-service's resources: the newest configuration item of each, filtered and cursor-paged, and history. */
@RegisterRestClient(configKey = "inventory")
@Path("/api/v1/tenants/{tenantId}/resources")
public interface InventoryApi {

    @GET
    Page resources(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("resourceType") String resourceType,
            @QueryParam("serviceModel") String serviceModel, @QueryParam("tag") String tag,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    /** {@code id} is inventory's own number for the resource (the {@code id} of a listed resource). */
    @GET
    @Path("/{id}")
    Detail resource(@PathParam("tenantId") String tenantId, @PathParam("id") long id);

    @GET
    @Path("/{id}/history")
    History history(@PathParam("tenantId") String tenantId, @PathParam("id") long id,
            @QueryParam("limit") Integer limit);

    record Page(List<Summary> items, String nextCursor) {
    }

    record Summary(long id, String accountId, String awsRegion, String resourceType, String serviceModel,
            String resourceId, String resourceName, String arn, Instant configurationItemCaptureTime,
            String configurationItemStatus, boolean deleted) {
    }

    record Item(Map<String, String> tags, JsonNode configuration, JsonNode supplementaryConfiguration) {
    }

    record Detail(long id, String accountId, String awsRegion, String resourceType, String serviceModel,
            String resourceId, String resourceName, String arn, Instant configurationItemCaptureTime,
            String configurationStateId, String configurationItemStatus, boolean deleted, Instant updatedAt,
            Item item) {
    }

    record History(List<Version> items, String nextCursor) {
    }

    record Version(boolean current, Instant configurationItemCaptureTime, String configurationStateId,
            String configurationItemStatus, boolean deleted, Instant storedAt, Instant replacedAt, Item item) {
    }
}
