package io.demarc.ownership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.ownership.service.ResourceTypeQueries;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;

/** The resource types a tenant runs: what the responsibility matrix has to cover. */
@Path("/api/v1/tenants/{tenantId}/resource-types")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Resource types")
public class ResourceTypeResource {

    @Inject
    ResourceTypeQueries queries;

    @GET
    @Operation(summary = "Resource types in use, with how many resources of each exist, by type name")
    public Page<ResourceTypeView> list(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page) {
        return queries.inUse(tenantId, page.validated());
    }
}
