package io.demarc.ownership.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.ownership.mapping.AssignmentMapper;
import io.demarc.ownership.model.StoredAssignment;
import io.demarc.ownership.repository.AssignmentHistoryRepository;
import io.demarc.ownership.repository.AssignmentRepository;
import io.demarc.ownership.service.AssignmentService;
import io.demarc.ownership.service.TeamService;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;

/** Who owns which customer duty where: assignments of a domain to a team at a scope, for a period. */
@Path("/api/v1/tenants/{tenantId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Assignments")
public class AssignmentResource {

    @Inject
    AssignmentService service;

    @Inject
    TeamService teams;

    @Inject
    AssignmentRepository assignments;

    @Inject
    AssignmentHistoryRepository history;

    @Inject
    AssignmentMapper mapper;

    @GET
    @Operation(summary = "Every assignment of the tenant, revoked ones included, by id")
    public CursorPage<AssignmentView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        return CursorPage.of(assignments.page(tenantId, request.afterUuid(), request.fetchSize()), request,
                a -> a.id.toString(), mapper::toView);
    }

    @GET
    @Path("{assignmentId}")
    public AssignmentView get(@PathParam("tenantId") String tenantId,
            @PathParam("assignmentId") UUID assignmentId) {
        return mapper.toView(find(tenantId, assignmentId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Give a CUSTOMER or SHARED domain to a team at a scope; 409 when it would tie with another")
    public Response create(@PathParam("tenantId") String tenantId, @NotNull AssignmentRequest request) {
        StoredAssignment created = service.create(tenantId,
                mapper.toInput(request, teams.referenced(tenantId, request.teamId())));
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/assignments/" + created.id))
                .entity(mapper.toView(created)).build();
    }

    @PUT
    @Path("{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Change an assignment that is not revoked; the same checks as when it was made apply")
    public AssignmentView update(@PathParam("tenantId") String tenantId,
            @PathParam("assignmentId") UUID assignmentId, @NotNull AssignmentRequest request) {
        find(tenantId, assignmentId);
        return mapper.toView(service.update(tenantId, assignmentId,
                mapper.toInput(request, teams.referenced(tenantId, request.teamId()))));
    }

    @POST
    @Path("{assignmentId}/revoke")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Revoke an assignment: it ends yesterday and stays in the history")
    public AssignmentView revoke(@PathParam("tenantId") String tenantId,
            @PathParam("assignmentId") UUID assignmentId) {
        return mapper.toView(service.revoke(tenantId, assignmentId));
    }

    @GET
    @Path("{assignmentId}/history")
    @Operation(summary = "Every change of the assignment, oldest first: who, when, before and after")
    public CursorPage<HistoryEntryView> history(@PathParam("tenantId") String tenantId,
            @PathParam("assignmentId") UUID assignmentId, @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        find(tenantId, assignmentId);
        return CursorPage.of(history.pageOf(tenantId, assignmentId, request.afterLong(), request.fetchSize()),
                request, entry -> entry.id.toString(), mapper::toView);
    }

    private StoredAssignment find(String tenantId, UUID assignmentId) {
        return assignments.findInTenant(tenantId, assignmentId)
                .orElseThrow(() -> HttpProblems.notFound("no assignment " + assignmentId + " in tenant " + tenantId));
    }
}
