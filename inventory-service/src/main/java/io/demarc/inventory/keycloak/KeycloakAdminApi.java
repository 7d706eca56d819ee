package io.demarc.inventory.keycloak;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The organizations of Keycloak's admin REST API. */
@Path("/admin/realms/{realm}/organizations")
public interface KeycloakAdminApi {

    /** 201 when created, 409 when an organization with that name or alias exists. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response createOrganization(@PathParam("realm") String realm,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, OrganizationRepresentation organization);
}
