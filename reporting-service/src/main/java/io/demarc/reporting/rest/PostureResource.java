package io.demarc.reporting.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.service.PostureService;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** Posture per framework: what AWS carries, what is shared, and what the customer proved. Read-only. */
@Path("/api/v1/tenants/{tenantId}/posture")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Posture")
public class PostureResource {

    @Inject
    PostureService posture;

    @GET
    @Operation(summary = "Posture in every framework, for the tenant or one account (?accountId=)")
    public PostureReport posture(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId) {
        return posture.posture(tenantId, AccountParameter.validated(accountId));
    }

    @GET
    @Path("/failing-controls")
    @Operation(summary = "The controls with the most open failures, most first, for the tenant or one account"
            + " (?accountId=); ?limit= 1-100, default 10")
    public List<FailingControl> failingControls(@PathParam("tenantId") String tenantId,
            @QueryParam("accountId") String accountId, @QueryParam("limit") String limit) {
        return posture.failingControls(tenantId, AccountParameter.validated(accountId), limitOf(limit));
    }

    private static int limitOf(String limit) {
        if (limit == null || limit.isBlank()) {
            return 10;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= 100) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail("limit must be a whole number from 1 to 100").build();
    }

    @GET
    @Path("/{framework}/requirements")
    @Operation(summary = "Each requirement of one framework with its status, in the framework's order")
    public CursorPage<RequirementPosture> requirements(@PathParam("tenantId") String tenantId,
            @PathParam("framework") String framework, @QueryParam("accountId") String accountId,
            @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        List<RequirementPosture> all = posture.requirements(tenantId, AccountParameter.validated(accountId),
                framework);
        int start = request.after() == null ? 0 : indexAfter(all, request.after());
        List<RequirementPosture> fetched = all.subList(start, Math.min(all.size(), start + request.fetchSize()));
        return CursorPage.of(fetched, request, RequirementPosture::id, requirement -> requirement);
    }

    /** The cursor is the id of the last requirement returned; an id the framework lacks is a forged cursor. */
    private static int indexAfter(List<RequirementPosture> all, String lastId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(lastId)) {
                return i + 1;
            }
        }
        throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail("cursor is not one this API returned: pass nextCursor of the previous page unchanged")
                .build();
    }
}
