package io.demarc.ownership.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import io.demarc.ownership.mapping.TeamMapper;
import io.demarc.ownership.model.Team;
import io.demarc.ownership.repository.TeamRepository;
import io.demarc.ownership.service.TeamService;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** The teams of a tenant, which own its customer duties. */
@Path("/api/v1/tenants/{tenantId}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Teams")
public class TeamResource {

    @Inject
    TeamService service;

    @Inject
    TeamRepository teams;

    @Inject
    TeamMapper mapper;

    @GET
    @Operation(summary = "The tenant's teams, by name")
    public CursorPage<TeamView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        return CursorPage.of(teams.pageByName(tenantId, request.after(), request.fetchSize()), request,
                team -> team.name, mapper::toView);
    }

    @GET
    @Path("{teamId}")
    public TeamView get(@PathParam("tenantId") String tenantId, @PathParam("teamId") UUID teamId) {
        return mapper.toView(service.find(tenantId, teamId));
    }

    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Create a team; its name must be new in the tenant")
    public Response create(@PathParam("tenantId") String tenantId, @NotNull TeamRequest request) {
        Team team = service.create(tenantId, mapper.toInput(request));
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/teams/" + team.id))
                .entity(mapper.toView(team)).build();
    }

    @PUT
    @Path("{teamId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Rename a team or change its contact or Keycloak group")
    public TeamView update(@PathParam("tenantId") String tenantId, @PathParam("teamId") UUID teamId,
            @NotNull TeamRequest request) {
        return mapper.toView(service.update(tenantId, teamId, mapper.toInput(request)));
    }

    @DELETE
    @Path("{teamId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Delete a team that holds no current or future assignment (409 names those it holds)")
    public void delete(@PathParam("tenantId") String tenantId, @PathParam("teamId") UUID teamId) {
        service.delete(tenantId, teamId);
    }
}
