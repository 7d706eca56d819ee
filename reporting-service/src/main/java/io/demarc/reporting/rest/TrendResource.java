package io.demarc.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.service.TrendService;
import io.demarc.service.security.Roles;

/** How findings and posture moved over time. Read-only. */
@Path("/api/v1/tenants/{tenantId}/trends")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Posture")
public class TrendResource {

    @Inject
    TrendService trends;

    @GET
    @Operation(summary = "Findings opened/closed per day, mean time to remediate and daily posture (?from=&to=, UTC days)")
    public TrendReport trends(@PathParam("tenantId") String tenantId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return trends.trends(tenantId, from, to);
    }
}
