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
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;

/** The responsibility matrix of a tenant: for each resource type it runs, who carries each control domain. */
@Path("/api/v1/tenants/{tenantId}/matrix")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Responsibility matrix")
public class MatrixResource {

    @Inject
    MatrixService service;

    @GET
    @Operation(summary = "Resource types in use by name, each with the side (AWS, SHARED, CUSTOMER), control class and,"
            + " for SHARED domains, what AWS and the customer each do, for every control domain")
    public MatrixPage matrix(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page) {
        return service.matrix(tenantId, page.validated());
    }
}
