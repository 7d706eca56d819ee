package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.AggregatorImportRequest;
import io.demarc.inventory.api.AggregatorImportSummary;
import io.demarc.inventory.collect.aggregator.AggregatorImportService;
import io.demarc.inventory.service.ImportRateLimiter;
import io.demarc.service.security.Roles;

@Path("/api/v1/tenants/{tenantId}/imports/aggregator")
@Tag(name = "Imports")
public class AggregatorImportResource {

    static final String DESCRIPTION = "Queries an AWS Config aggregator (SelectAggregateResourceConfig) and fetches"
            + " the configuration items (BatchGetAggregateResourceConfig, 100 at a time) of the tenant's registered"
            + " accounts, stored like an import. An aggregator can span accounts of other clients: their resources are"
            + " counted as skipped, never fetched or named. With the MSP's own credentials (no accountId) a"
            + " tenant-admin only gets accounts whose role was once assumed. AWS refusing or not answering is a 502"
            + " naming AWS's error code and message.";

    @Inject
    ImportRateLimiter rateLimiter;

    @Inject
    AggregatorImportService aggregators;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Import from an AWS Config aggregator", description = DESCRIPTION)
    public AggregatorImportSummary importFromAggregator(@PathParam("tenantId") String tenantId,
            @Valid @NotNull AggregatorImportRequest request, @Context SecurityContext security) {
        rateLimiter.acquire(tenantId);
        return aggregators.importFrom(tenantId, request, security.isUserInRole(Roles.PLATFORM_ADMIN));
    }
}
