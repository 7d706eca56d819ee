package io.demarc.inventory.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.UnknownResourceType;
import io.demarc.inventory.service.ResourceService;
import io.demarc.service.security.Roles;

/**
 * The resource types of a tenant's resources the catalog does not classify. Not under {@code /resource-types}: that
 * path belongs to ownership-service at the gateway.
 */
@Path("/api/v1/tenants/{tenantId}/unknown-resource-types")
@Tag(name = "Resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceTypesResource {

    @Inject
    ResourceService resources;

    /** At most one entry per type, so the answer needs no paging. */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Types the catalog does not classify yet", description = "Their resources are kept with"
            + " service model UNKNOWN; most frequent first, so the catalog can grow where it matters.")
    public UnknownTypes unknown(@PathParam("tenantId") String tenantId) {
        return new UnknownTypes(resources.unknownTypes(tenantId));
    }

    /** The answer: an object, so fields can be added later without breaking clients. */
    public record UnknownTypes(List<UnknownResourceType> items) {
    }
}
