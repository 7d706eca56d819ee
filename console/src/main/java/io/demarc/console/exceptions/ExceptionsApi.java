package io.demarc.console.exceptions;

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

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * assessment-service's exceptions (risk acceptances): list, one with its audit trail, request, and the decisions of a
 * tenant-admin other than the requester (four eyes), which the service enforces.
 */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/tenants/{tenantId}/exceptions")
public interface ExceptionsApi {

    @GET
    Page list(@PathParam("tenantId") String tenantId, @QueryParam("state") String state,
            @QueryParam("controlId") String controlId, @QueryParam("findingId") String findingId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    @GET
    @Path("/{id}")
    RiskException get(@PathParam("tenantId") String tenantId, @PathParam("id") String id);

    @GET
    @Path("/{id}/audit")
    Audit audit(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @QueryParam("limit") Integer limit);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    RiskException request(@PathParam("tenantId") String tenantId, Request request);

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    RiskException approve(@PathParam("tenantId") String tenantId, @PathParam("id") String id, Decision decision);

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    RiskException reject(@PathParam("tenantId") String tenantId, @PathParam("id") String id, Decision decision);

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    RiskException revoke(@PathParam("tenantId") String tenantId, @PathParam("id") String id, Decision decision);

    record Page(List<RiskException> items, String nextCursor) {
    }

    record Scope(String kind, String value) {
    }

    /** An exception as assessment shows it; {@code active}: approved and not expired. */
    record RiskException(String id, String state, boolean active, String controlId, String findingId, Scope scope,
            String justification, String requestedBy, Instant requestedAt, String decidedBy, Instant decidedAt,
            Instant expiresAt, String changedBy, Instant changedAt) {
    }

    record Audit(List<AuditEntry> items, String nextCursor) {
    }

    record AuditEntry(String action, String actor, Instant at, String note) {
    }

    /** For one finding ({@code findingId}) or for a control at a scope ({@code controlId} + {@code scope}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(String controlId, String findingId, Scope scope, String justification, Instant expiresAt) {
    }

    record Decision(String note) {
    }
}
