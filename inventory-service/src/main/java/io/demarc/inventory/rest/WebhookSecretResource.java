package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.service.WebhookSecrets;
import io.demarc.service.security.Roles;

/** The secret of an AWS account's EventBridge API destination: created or rotated by administrators. */
@Path("/api/v1/tenants/{tenantId}/accounts/{accountId}/webhook-secret")
@Tag(name = "Webhooks")
public class WebhookSecretResource {

    @Inject
    WebhookSecrets secrets;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Create or rotate the account's webhook secret", description = "The secret is shown in"
            + " this answer only; Demarc keeps its hash. A rotation invalidates the previous secret at once.")
    public Response issue(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId) {
        return Response.status(Response.Status.CREATED).entity(secrets.issue(tenantId, accountId))
                .header("Cache-Control", "no-store").build();
    }
}
