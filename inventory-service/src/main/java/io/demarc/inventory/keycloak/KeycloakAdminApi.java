package io.demarc.inventory.keycloak;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The organizations of Keycloak's admin REST API. */
@Path("/admin/realms/{realm}/organizations")
public interface KeycloakAdminApi {

    /** 201 when created, 409 when an organization with that name or alias exists. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response createOrganization(@PathParam("realm") String realm,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, OrganizationRepresentation organization);

    /**
     * One page of the realm's organizations, full representations (domains, attributes), so that one can be written
     * back changed without losing a field.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    List<ObjectNode> listOrganizations(@PathParam("realm") String realm,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @QueryParam("briefRepresentation") boolean briefRepresentation, @QueryParam("first") int first,
            @QueryParam("max") int max);

    /** Replaces the organization: fields left out are cleared, hence the full representation. 204 when done. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Response updateOrganization(@PathParam("realm") String realm,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id,
            ObjectNode organization);
}
