package io.demarc.ownership.rest;

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

import io.demarc.ownership.mapping.DutyMapper;
import io.demarc.ownership.repository.DutyArrivalRepository;
import io.demarc.ownership.service.DutyQueries;
import io.demarc.ownership.service.UnownedDuty;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;

/** The customer duties a tenant's resource types bring: which lack owners, and when each arrived. */
@Path("/api/v1/tenants/{tenantId}/duties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Duties")
public class DutyResource {

    @Inject
    DutyQueries duties;

    @Inject
    DutyArrivalRepository arrivals;

    @Inject
    DutyMapper mapper;

    @GET
    @Path("unowned")
    @Operation(summary = "Every CUSTOMER or SHARED duty of a type in use that leaves resources without a RESPONSIBLE"
            + " owner today, with those resources (count and the first of them), by type then domain")
    public CursorPage<UnownedDutyView> unowned(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        String after = request.after();
        List<UnownedDuty> rest = duties.unowned(tenantId).stream()
                .filter(duty -> after == null || duty.key().compareTo(after) > 0)
                .limit(request.fetchSize()).toList();
        return CursorPage.of(rest, request, UnownedDuty::key, mapper::toView);
    }

    @GET
    @Path("new")
    @Operation(summary = "The resource types the tenant started using, oldest first, each with the duties it brought")
    public CursorPage<DutyArrivalView> arrivals(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest page) {
        CursorRequest request = page.validated();
        return CursorPage.of(arrivals.page(tenantId, request.afterLong(), request.fetchSize()), request,
                arrival -> arrival.id.toString(), mapper::toView);
    }
}
