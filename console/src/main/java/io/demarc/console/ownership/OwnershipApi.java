package io.demarc.console.ownership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ownership-service's teams, assignments, their history and the unowned duties (see docs/ownership.md). */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}")
public interface OwnershipApi {

    @GET
    @Path("/teams")
    Page<Team> teams(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/teams/{teamId}")
    Team team(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId);

    @POST
    @Path("/teams")
    @Consumes(MediaType.APPLICATION_JSON)
    Team createTeam(@PathParam("tenantId") String tenantId, TeamRequest team);

    @PUT
    @Path("/teams/{teamId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Team updateTeam(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId, TeamRequest team);

    @GET
    @Path("/assignments")
    Page<Assignment> assignments(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    Assignment assign(@PathParam("tenantId") String tenantId, AssignmentRequest assignment);

    @POST
    @Path("/assignments/{assignmentId}/revoke")
    Assignment revoke(@PathParam("tenantId") String tenantId, @PathParam("assignmentId") String assignmentId);

    @GET
    @Path("/assignment-history")
    Page<HistoryEntry> history(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    @GET
    @Path("/duties/unowned")
    Page<UnownedDuty> unowned(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    /** A cursor page: {@code nextCursor} is null on the last. */
    record Page<T>(List<T> items, int limit, String nextCursor) {
    }

    record Team(String teamId, String name, String contactEmail, String keycloakGroup, Instant createdAt) {
    }

    record TeamRequest(String name, String contactEmail, String keycloakGroup) {
    }

    /** @param kind TENANT, ACCOUNT, RESOURCE_TYPE, TAG or RESOURCE; value null for TENANT */
    record Scope(String kind, String value) {
    }

    record TeamRef(String teamId, String name, String contactEmail) {
    }

    record Assignment(String assignmentId, String domain, Scope scope, TeamRef team, String role,
            LocalDate effectiveFrom, LocalDate effectiveTo, boolean revoked, boolean activeToday, String assignedBy,
            Instant assignedAt) {
    }

    record AssignmentRequest(String domain, Scope scope, String teamId, String role, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    /** An assignment as it stood before or after a change. */
    record Snapshot(String domain, Scope scope, TeamRef team, String role, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    /** @param change ASSIGNED, UPDATED or REVOKED */
    record HistoryEntry(long entryId, String assignmentId, String change, String actor, Instant changedAt,
            Snapshot before, Snapshot after) {
    }

    record ResourceRef(String accountId, String awsRegion, String resourceType, String resourceId, String arn) {
    }

    record UnownedDuty(String resourceType, String domain, String side, int resourceCount, int uncoveredCount,
            List<ResourceRef> uncovered) {
    }
}
