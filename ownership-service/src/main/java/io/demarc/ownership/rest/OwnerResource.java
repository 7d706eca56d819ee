package io.demarc.ownership.rest;

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

import io.demarc.contracts.ResourceRef;
import io.demarc.ownership.mapping.ResolutionMapper;
import io.demarc.ownership.service.OwnerResolution;
import io.demarc.service.security.Roles;

/** Who owns a domain of a resource today, and why that assignment wins. */
@Path("/api/v1/tenants/{tenantId}/owners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Owners")
public class OwnerResource {

    @Inject
    OwnerResolution resolution;

    @Inject
    ResolutionMapper mapper;

    @GET
    @Path("resolve")
    @Operation(summary = "The RESPONSIBLE and ACCOUNTABLE assignments that decide for one resource and domain today;"
            + " 200 with responsible null and unowned true when no assignment covers it")
    public ResolutionView resolve(@PathParam("tenantId") String tenantId,
            @QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("accountId") String accountId, @QueryParam("region") String region,
            @QueryParam("arn") String arn, @QueryParam("domain") String domain) {
        return mapper.toView(resolution.resolve(tenantId,
                new ResourceRef(accountId, region, resourceType, resourceId, arn), domain));
    }
}
