package io.demarc.inventory.rest;

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

import io.demarc.inventory.api.PendingFetchView;
import io.demarc.inventory.repository.PendingFetchRepository;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Oversized configuration items AWS Config announced but did not deliver. */
@Path("/api/v1/tenants/{tenantId}/pending-fetches")
@Tag(name = "Webhooks")
@Produces(MediaType.APPLICATION_JSON)
public class PendingFetchResource {

    @Inject
    PendingFetchRepository pendingFetches;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "Items to fetch in full", description = "Each must be fetched (GetResourceConfigHistory)"
            + " and imported; it leaves this list once an item at least as new is stored.")
    public CursorPage<PendingFetchView> list(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest cursor) {
        CursorRequest request = cursor.validated();
        long after = afterId(request);
        return CursorPage.of(QuarkusTransaction.joiningExisting().call(
                () -> pendingFetches.listUnsettled(tenantId, after, request.fetchSize())), request,
                view -> Long.toString(view.id()), view -> view);
    }

    private static long afterId(CursorRequest request) {
        String after = request.after();
        try {
            return after == null ? 0 : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw HttpProblems.badRequest("cursor is not one this API returned: pass nextCursor of the previous"
                    + " page unchanged");
        }
    }
}
