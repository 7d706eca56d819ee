package io.demarc.assessment.drift.rest;

import java.net.URI;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.drift.mapping.DriftMapper;
import io.demarc.assessment.drift.model.Baseline;
import io.demarc.assessment.drift.repository.BaselineRepository;
import io.demarc.assessment.drift.service.BaselineService;
import io.demarc.assessment.governance.Problems;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;

/** Approved baselines: tenant-admins approve them, every role of the tenant reads them. */
@Path("/api/v1/tenants/{tenantId}/baselines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drift")
public class BaselineResource {

    @Inject
    BaselineService service;

    @Inject
    BaselineRepository baselines;

    @Inject
    DriftMapper mapper;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Approve the current configuration of the tenant's resources, or of one account's, as the"
            + " baseline", description = "Every later item of those resources is compared with it; 409 when there"
                    + " is nothing to baseline yet.")
    public Response approve(@PathParam("tenantId") String tenantId, @Valid @NotNull BaselineRequest request) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Baseline baseline = service.approve(tenantId, request.accountId(), note, identity.getPrincipal().getName(),
                Instant.now());
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/baselines/" + baseline.id))
                .entity(mapper.toView(baseline)).build();
    }

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List baselines, newest first")
    public CursorPage<BaselineView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page) {
        Long after = page.validated().afterLong();
        return CursorPage.of(baselines.page(tenantId, after, page.fetchSize()), page,
                baseline -> String.valueOf(baseline.id), mapper::toView);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public BaselineView get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return DriftIds.parse(id).flatMap(number -> baselines.findInTenant(tenantId, number)).map(mapper::toView)
                .orElseThrow(() -> HttpProblems.notFound("no baseline '" + Problems.echo(id) + "' in this tenant"));
    }
}
