package io.demarc.inventory.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.CollectionRequest;
import io.demarc.inventory.api.CollectionRunView;
import io.demarc.inventory.collect.CollectionService;
import io.demarc.inventory.model.CollectionRunTrigger;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** Live collection runs of a tenant's AWS accounts: administrators start them, every role of the tenant reads them. */
@Path("/api/v1/tenants/{tenantId}/collections")
@Tag(name = "Collection runs")
@Produces(MediaType.APPLICATION_JSON)
public class CollectionResource {

    @Inject
    CollectionService collections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Start a collection run", description = "Collects the given accounts (all of the tenant's"
            + " when the body or accountIds is left out) in the background: 202 with the queued run; follow"
            + " Location for progress. Each account's role DemarcReadOnly is assumed with the tenant's ExternalId.")
    public Response start(@PathParam("tenantId") String tenantId, @Valid CollectionRequest request,
            @Context SecurityContext security) {
        CollectionRunView run = collections.start(tenantId, request == null ? null : request.accountIds(),
                CollectionRunTrigger.REQUESTED, security.getUserPrincipal().getName());
        return Response.accepted(run)
                .location(URI.create("/api/v1/tenants/" + tenantId + "/collections/" + run.id())).build();
    }

    /** Newest first. */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List collection runs", description = "Newest first, without their steps; pass nextCursor"
            + " as cursor for the next page. limit is 1 to " + CursorRequest.MAX_LIMIT + " (50 by default).")
    public CursorPage<CollectionRunView> list(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest cursor) {
        return collections.list(tenantId, cursor);
    }

    @GET
    @Path("{runId: \\d+}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "A collection run", description = "Status, progress (steps done of all steps), counts and"
            + " the outcome of every account, region and service with AWS's error where one failed.")
    public CollectionRunView get(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId) {
        return collections.get(tenantId, runId);
    }

    @GET
    @Path("{runId: \\d+}/steps/{stepId: \\d+}/recording")
    @Produces("application/zip")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "The raw AWS answers of a step", description = "A zip of recorded responses"
            + " (<endpoint>.<Operation>_<N>.json), the format POST /imports/recordings accepts: the evidence behind"
            + " the step's items.")
    public Response recording(@PathParam("tenantId") String tenantId, @PathParam("runId") long runId,
            @PathParam("stepId") long stepId) {
        return Response.ok(collections.recording(tenantId, runId, stepId)).header("Content-Disposition",
                "attachment; filename=\"collection-" + runId + "-step-" + stepId + ".zip\"").build();
    }
}
