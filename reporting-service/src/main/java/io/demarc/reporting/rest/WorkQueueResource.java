package io.demarc.reporting.rest;

import java.util.List;

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

import io.demarc.reporting.service.WorkQueueQueries;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** Open failures routed to their owners. Read-only. */
@Path("/api/v1/tenants/{tenantId}/work-queues")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Work queues")
public class WorkQueueResource {

    @Inject
    WorkQueueQueries queries;

    @GET
    @Operation(summary = "Every non-empty queue (the 'unowned' one first) with counts by severity and oldest age")
    public List<WorkQueueSummary> queues(@PathParam("tenantId") String tenantId) {
        return queries.queues(tenantId);
    }

    @GET
    @Path("/{teamId}")
    @Operation(summary = "One team's open failures ('unowned' for those without owner), most severe then oldest")
    public CursorPage<WorkItem> queue(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId,
            @BeanParam CursorRequest page) {
        return queries.queue(tenantId, teamId, page.validated());
    }
}
