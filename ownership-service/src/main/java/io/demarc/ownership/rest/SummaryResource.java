package io.demarc.ownership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.ownership.service.OwnershipSummary;
import io.demarc.service.security.Roles;

/** The headline figures of a tenant's ownership. */
@Path("/api/v1/tenants/{tenantId}/summary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Duties")
public class SummaryResource {

    @Inject
    OwnershipSummary summary;

    @GET
    @Operation(summary = "Types in use, customer duties, unowned duties, teams and assignments holding today")
    public SummaryView get(@PathParam("tenantId") String tenantId) {
        return summary.of(tenantId);
    }
}
