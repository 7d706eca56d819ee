package io.demarc.inventory.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.TenantCreateRequest;
import io.demarc.inventory.api.TenantRenameRequest;
import io.demarc.inventory.api.TenantView;
import io.demarc.inventory.model.TenantStatus;
import io.demarc.inventory.service.TenantService;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;

/** The MSP's clients. Managed by platform-admins only; a tenant's own users may read their tenant. */
@Path("/api/v1/tenants")
@Tag(name = "Tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantService tenants;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Create a tenant", description = "Also creates its Keycloak Organization (alias = id) when"
            + " Keycloak admin access is configured; an organization that already exists is used as it is.")
    public Response create(@Valid @NotNull TenantCreateRequest request) {
        TenantView tenant = tenants.create(request);
        return Response.created(URI.create("/api/v1/tenants/" + tenant.id())).entity(tenant).build();
    }

    /** By id. */
    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Page<TenantView> list(@BeanParam PageRequest page) {
        return tenants.list(page.validated());
    }

    @GET
    @Path("{tenantId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public TenantView get(@PathParam("tenantId") String tenantId) {
        return tenants.get(tenantId);
    }

    @PATCH
    @Path("{tenantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Rename a tenant", description = "Only the display name changes; the id is permanent.")
    public TenantView rename(@PathParam("tenantId") String tenantId, @Valid @NotNull TenantRenameRequest request) {
        return tenants.rename(tenantId, request.name());
    }

    @POST
    @Path("{tenantId}/suspend")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "Suspend a tenant", description = "Its data stays readable; imports and account changes"
            + " are refused with 409 until it is resumed.")
    public TenantView suspend(@PathParam("tenantId") String tenantId) {
        return tenants.setStatus(tenantId, TenantStatus.SUSPENDED);
    }

    @POST
    @Path("{tenantId}/resume")
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public TenantView resume(@PathParam("tenantId") String tenantId) {
        return tenants.setStatus(tenantId, TenantStatus.ACTIVE);
    }
}
