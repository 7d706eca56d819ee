package io.demarc.assessment.drift.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.drift.mapping.DriftMapper;
import io.demarc.assessment.drift.repository.DriftFilter;
import io.demarc.assessment.drift.repository.DriftRepository;
import io.demarc.assessment.governance.Problems;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;

/** Departures from approved baselines, for every role of the tenant. */
@Path("/api/v1/tenants/{tenantId}/drift")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drift")
public class DriftResource {

    @Inject
    DriftRepository drifts;

    @Inject
    DriftMapper mapper;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List drift, newest first, optionally of one account, region, type, resource or baseline")
    public CursorPage<DriftView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page,
            @QueryParam("accountId") String accountId, @QueryParam("region") String region,
            @QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("baselineId") String baselineId) {
        Long after = page.validated().afterLong();
        Long baseline = baselineId == null
                ? null
                : DriftIds.parse(baselineId).orElseThrow(
                        () -> HttpProblems
                                .badRequest("baselineId must be a baseline's id, got " + Problems.echo(baselineId)));
        var filter = new DriftFilter(accountId, region, resourceType, resourceId, baseline);
        return CursorPage.of(drifts.search(tenantId, filter, after, page.fetchSize()), page,
                drift -> String.valueOf(drift.id), mapper::toView);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public DriftView get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return DriftIds.parse(id).flatMap(number -> drifts.findInTenant(tenantId, number)).map(mapper::toView)
                .orElseThrow(() -> HttpProblems.notFound("no drift '" + Problems.echo(id) + "' in this tenant"));
    }
}
