package io.demarc.assessment.drift.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.drift.mapping.DriftMapper;
import io.demarc.assessment.drift.repository.ResourceTimelineRepository;
import io.demarc.assessment.model.ResourceKeys;
import io.demarc.contracts.ResourceRef;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;

/** One resource's history: each status flip of its findings (PASS to FAIL and back) and each drift. */
@Path("/api/v1/tenants/{tenantId}/resource-timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Drift")
public class ResourceTimelineResource {

    @Inject
    ResourceTimelineRepository timeline;

    @Inject
    DriftMapper mapper;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "The timeline of one resource, newest first", description = "Identify the resource by accountId, resourceType, resourceId and (for regional ones) region.")
    public CursorPage<TimelineEntry> get(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page,
            @QueryParam("accountId") String accountId, @QueryParam("region") String region,
            @QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId) {
        if (isBlank(accountId) || isBlank(resourceType) || isBlank(resourceId)) {
            throw HttpProblems.badRequest("accountId, resourceType and resourceId are required to name the resource");
        }
        Object[] after = afterKey(page.validated().after());
        ResourceRef resource = new ResourceRef(accountId, isBlank(region) ? null : region, resourceType, resourceId,
                null);
        return CursorPage.of(timeline.page(tenantId, resource, ResourceKeys.of(resource), after, page.fetchSize()),
                page, ResourceTimelineRepository.Row::sortKey, mapper::toEntry);
    }

    /** Splits a cursor into (microseconds, kind, id); a cursor this API did not issue is a 400. */
    private static Object[] afterKey(String key) {
        if (key == null) {
            return null;
        }
        String[] parts = key.split("\\|");
        try {
            if (parts.length == 3 && (parts[1].equals("DRIFT") || parts[1].equals("STATUS"))) {
                return new Object[]{Long.parseLong(parts[0]), parts[1], Long.parseLong(parts[2])};
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw HttpProblems.badRequest("cursor is not one this API returned: pass nextCursor of the previous page"
                + " unchanged");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
