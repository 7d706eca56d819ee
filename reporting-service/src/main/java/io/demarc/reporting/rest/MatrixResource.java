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

import io.demarc.reporting.service.MatrixQueries;
import io.demarc.service.security.Roles;

/** What the tenant runs and who owns each duty of it. Read-only. */
@Path("/api/v1/tenants/{tenantId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Responsibility")
public class MatrixResource {

    @Inject
    MatrixQueries queries;

    @GET
    @Path("/matrix")
    @Operation(summary = "Resource types in use × control domains: AWS, SHARED or CUSTOMER, the owning team, unowned duties")
    public MatrixView matrix(@PathParam("tenantId") String tenantId) {
        return queries.matrix(tenantId);
    }

    @GET
    @Path("/inventory")
    @Operation(summary = "Live resources by service model and type, for the tenant or one account (?accountId=)")
    public InventorySummary inventory(@PathParam("tenantId") String tenantId,
            @QueryParam("accountId") String accountId) {
        return queries.inventory(tenantId, AccountParameter.validated(accountId));
    }
}
