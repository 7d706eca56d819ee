package io.demarc.inventory.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.AccountPatch;
import io.demarc.inventory.api.AccountRequest;
import io.demarc.inventory.api.AccountView;
import io.demarc.inventory.service.AccountService;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;

/** A tenant's AWS accounts: administrators change them, every role of the tenant reads them. */
@Path("/api/v1/tenants/{tenantId}/accounts")
@Tag(name = "AWS accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    @Inject
    AccountService accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Register an AWS account", description = "Status PENDING until Demarc first assumes its"
            + " role DemarcReadOnly (see /onboarding). An account belongs to one tenant only: 409 otherwise.")
    public Response register(@PathParam("tenantId") String tenantId, @Valid @NotNull AccountRequest request) {
        AccountView account = accounts.register(tenantId, request);
        return Response.created(URI.create("/api/v1/tenants/" + tenantId + "/accounts/" + account.accountId()))
                .entity(account).build();
    }

    /** By account id. */
    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public Page<AccountView> list(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page) {
        return accounts.list(tenantId, page.validated());
    }

    @GET
    @Path("{accountId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    public AccountView get(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId) {
        return accounts.get(tenantId, accountId);
    }

    @PUT
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace an AWS account's settings")
    public AccountView replace(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId,
            @Valid @NotNull AccountRequest request) {
        return accounts.replace(tenantId, accountId, request);
    }

    @PATCH
    @Path("{accountId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Change some of an AWS account's settings")
    public AccountView patch(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId,
            @Valid @NotNull AccountPatch patch) {
        return accounts.patch(tenantId, accountId, patch);
    }

    @DELETE
    @Path("{accountId}")
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Remove an AWS account", description = "Its resources are kept as history but marked"
            + " deleted, each announced by a DELETED event.")
    public Response remove(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId) {
        accounts.remove(tenantId, accountId);
        return Response.noContent().build();
    }
}
