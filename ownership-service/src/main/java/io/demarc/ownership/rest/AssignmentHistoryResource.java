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

import io.demarc.ownership.mapping.AssignmentMapper;
import io.demarc.ownership.repository.AssignmentHistoryRepository;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** Who assigned what and when, across all of a tenant's assignments. */
@Path("/api/v1/tenants/{tenantId}/assignment-history")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Assignments")
public class AssignmentHistoryResource {

    @Inject
    AssignmentHistoryRepository history;

    @Inject
    AssignmentMapper mapper;

    @GET
    @Operation(summary = "Every change of every assignment of the tenant, oldest first")
    public CursorPage<HistoryEntryView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        return CursorPage.of(history.page(tenantId, request.afterLong(), request.fetchSize()), request,
                entry -> entry.id.toString(), mapper::toView);
    }
}
