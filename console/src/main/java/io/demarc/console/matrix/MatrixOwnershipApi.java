package io.demarc.console.matrix;

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

/**
 * ownership-service, the authority on owners (see docs/ownership.md): the matrix with what AWS and the customer each
 * do, who owns a cell and why, the teams, assigning, and the types that arrived recently.
 */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}")
public interface MatrixOwnershipApi {

    /**
     * The matrix row of one type in use. Under {@code /resource-types}, which the gateway routes to ownership: the
     * gateway's {@code /matrix} is reporting's read model, so ownership's own {@code /matrix} is not reachable there.
     */
    @GET
    @Path("/resource-types/{resourceType}/responsibilities")
    TypeRow responsibilities(@PathParam("tenantId") String tenantId, @PathParam("resourceType") String resourceType);

    /** Who owns the domain for a type at cell level (tenant and resource-type scopes match a type without a resource). */
    @GET
    @Path("/owners/resolve")
    Resolution resolve(@PathParam("tenantId") String tenantId, @QueryParam("resourceType") String resourceType,
            @QueryParam("domain") String domain);

    @GET
    @Path("/teams")
    TeamPage teams(@PathParam("tenantId") String tenantId, @QueryParam("limit") int limit);

    @GET
    @Path("/assignments/{assignmentId}")
    Assignment assignment(@PathParam("tenantId") String tenantId, @PathParam("assignmentId") String assignmentId);

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    Assignment assign(@PathParam("tenantId") String tenantId, AssignmentRequest request);

    @PUT
    @Path("/assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Assignment change(@PathParam("tenantId") String tenantId, @PathParam("assignmentId") String assignmentId,
            AssignmentRequest request);

    @GET
    @Path("/duties/new")
    ArrivalPage newDuties(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") int limit);

    record TypeRow(String resourceType, boolean known, String service, String serviceModel, long resourceCount,
            List<OwnershipCell> domains) {
    }

    /** @param aws, customer what each does, for a SHARED domain */
    record OwnershipCell(String domain, String side, String controlClass, String aws, String customer,
            boolean overridden, String note, String evidence, TeamRef owner, boolean unowned) {
    }

    record TeamRef(String teamId, String name, String contactEmail, String keycloakGroup) {
    }

    record Scope(String kind, String value) {
    }

    record Resolution(String domain, String side, boolean unowned, Owner responsible, Owner accountable) {
    }

    /** @param why in words, why this assignment beats the others that match */
    record Owner(String assignmentId, TeamRef team, String role, Scope scope, String why) {
    }

    record TeamPage(List<TeamRef> items, String nextCursor) {
    }

    record Assignment(String assignmentId, String domain, Scope scope, TeamRef team, String role,
            LocalDate effectiveFrom, LocalDate effectiveTo, boolean revoked, boolean activeToday) {
    }

    record AssignmentRequest(String domain, Scope scope, String teamId, String role, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
    }

    record ArrivalPage(List<Arrival> items, String nextCursor) {
    }

    record Arrival(String resourceType, String serviceModel, Instant arrivedAt, List<String> newDuties) {
    }
}
