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

import io.demarc.ownership.service.MatrixService;
import io.demarc.ownership.service.ResourceTypeQueries;
import io.demarc.service.rest.HttpProblems;
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

    @Inject
    MatrixService matrix;

    @GET
    @Operation(summary = "Resource types in use, with how many resources of each exist, by type name")
    public Page<ResourceTypeView> list(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page) {
        return queries.inUse(tenantId, page.validated());
    }

    /**
     * The matrix row of one type in use. Served under {@code /resource-types}, which the gateway routes to this
     * service, so the console reaches ownership's duties through the gateway too (the gateway's {@code /matrix} is
     * reporting's read model).
     */
    @GET
    @Path("/{resourceType}/responsibilities")
    @Operation(summary = "One resource type in use with the side, what AWS and the customer each do, and the owning"
            + " team of every control domain (the type's row of the responsibility matrix); 404 when the tenant"
            + " has no existing resource of the type")
    public MatrixTypeView responsibilities(@PathParam("tenantId") String tenantId,
            @PathParam("resourceType") String resourceType) {
        return matrix.type(tenantId, resourceType).orElseThrow(() -> HttpProblems.notFound(
                "The tenant has no existing resource of type '" + resourceType + "'."));
    }
}
