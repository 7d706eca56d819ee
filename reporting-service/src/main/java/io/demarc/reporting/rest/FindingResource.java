package io.demarc.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.service.FindingQueries;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The findings of a tenant, as assessment last reported them. Tenant access is checked by the tenant wall. */
@Path("/api/v1/tenants/{tenantId}/findings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Findings")
public class FindingResource {

    @Inject
    FindingQueries queries;

    @GET
    @Operation(summary = "List findings, most severe first, then by finding id")
    public CursorPage<FindingSummary> list(@PathParam("tenantId") String tenantId, @BeanParam FindingFilter filter,
            @BeanParam CursorRequest page) {
        return queries.search(filter.toCriteria(tenantId), page.validated());
    }

    @GET
    @Path("/{findingId}")
    @Operation(summary = "One finding with its evidence")
    public FindingDetail get(@PathParam("tenantId") String tenantId, @PathParam("findingId") String findingId) {
        return queries.find(tenantId, findingId).orElseThrow(() -> HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No such finding in tenant " + tenantId + ".").build());
    }
}
