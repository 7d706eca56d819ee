package io.demarc.console.findings;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** assessment-service: a finding's resource timeline and the exception request made from a finding. */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/tenants/{tenantId}")
public interface FindingExceptionsApi {

    @GET
    @Path("/resource-timeline")
    Timeline timeline(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("limit") Integer limit);

    @POST
    @Path("/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    Requested request(@PathParam("tenantId") String tenantId, ExceptionRequest request);

    record Timeline(List<Entry> items, String nextCursor) {
    }

    /** kind STATUS (a finding of the resource changed status) or DRIFT (its configuration left the baseline). */
    record Entry(String kind, Instant at, String controlId, String previousStatus, String status, String driftId) {
    }

    /** The exception asked for one finding: its control is taken from the finding. */
    record ExceptionRequest(String findingId, String justification, Instant expiresAt) {
    }

    record Requested(String id, String state) {
    }
}
