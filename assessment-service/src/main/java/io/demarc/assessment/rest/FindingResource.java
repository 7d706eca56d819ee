package io.demarc.assessment.rest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.mapping.FindingMapper;
import io.demarc.assessment.model.LatestEvaluation;
import io.demarc.assessment.service.FindingQueries;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.contracts.FindingStatus;
import io.demarc.contracts.Severity;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The latest verdict of every control on every resource of a tenant, with owner, exception and history. */
@Path("/api/v1/tenants/{tenantId}/findings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
public class FindingResource {

    @Inject
    FindingQueries queries;

    @Inject
    FindingMapper mapper;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List findings by id, filtered by status, severity, control, resource, owner or framework")
    public CursorPage<FindingView> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page,
            @BeanParam FindingFilters filters) {
        page.validated();
        FindingQueries.Page found = queries.search(tenantId, checked(filters), page.after(), page.fetchSize());
        return CursorPage.of(found.rows(), page, row -> row.findingId,
                row -> mapper.toView(row, Optional.ofNullable(found.controls().get(row.controlId))));
    }

    @GET
    @Path("{findingId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "One finding with its evidence and every change of its status")
    public FindingDetail get(@PathParam("tenantId") String tenantId, @PathParam("findingId") String findingId) {
        LatestEvaluation row = queries.find(tenantId, findingId).orElseThrow(() -> HttpProblem.builder()
                .withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No finding '" + Abbreviation.safe(findingId) + "' in this tenant").build());
        return mapper.toDetail(row, queries.control(tenantId, row.controlId), queries.timeline(tenantId, findingId));
    }

    private static FindingQueries.Filter checked(FindingFilters filters) {
        Boolean unowned = flag("unowned", filters.unowned);
        if (filters.owner != null && Boolean.TRUE.equals(unowned)) {
            throw badRequest("owner and unowned=true exclude each other");
        }
        if (filters.framework != null && !Frameworks.ALL.contains(filters.framework)) {
            throw badRequest("framework must be one of " + Frameworks.ALL + ", got "
                    + Abbreviation.safe(filters.framework));
        }
        return new FindingQueries.Filter(parse(FindingStatus.class, "status", filters.status),
                parse(Severity.class, "severity", filters.severity), filters.controlId, filters.resourceType,
                filters.accountId, filters.region, filters.owner, unowned, filters.framework);
    }

    private static Boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw badRequest(name + " must be true or false, got " + Abbreviation.safe(value));
        }
        return Boolean.valueOf(value);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw badRequest(name + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", got "
                    + Abbreviation.safe(value));
        }
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
