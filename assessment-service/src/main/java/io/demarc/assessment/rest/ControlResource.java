package io.demarc.assessment.rest;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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

import io.demarc.assessment.mapping.ControlMapper;
import io.demarc.assessment.service.CustomControlCompiler;
import io.demarc.assessment.service.TenantControls;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The controls a tenant is assessed against: the catalog's, then the tenant's own ({@code custom-} ids), by id. */
@Path("/api/v1/tenants/{tenantId}/controls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controls")
public class ControlResource {

    /**
     * The list's order, which the cursor (the id of the last control listed) continues: catalog ids before custom ones
     * by their prefix rather than by a catalog lookup, so that a page started under one catalog version goes on under
     * the next.
     */
    static final Comparator<String> LIST_ORDER = Comparator
            .comparing((String id) -> id.startsWith(CustomControlCompiler.ID_PREFIX))
            .thenComparing(Comparator.naturalOrder());

    /** What a control id may hold; a cursor that decodes to anything else was not made here. */
    private static final Pattern CONTROL_ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");

    @Inject
    ControlLibrary library;

    @Inject
    ControlMapper mapper;

    @Inject
    TenantControls tenantControls;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List the catalog's and the tenant's own controls, optionally only those of one resource type or citing one framework")
    public CursorPage<ControlSummary> list(@PathParam("tenantId") String tenantId, @BeanParam CursorRequest page,
            @QueryParam("resourceType") String resourceType, @QueryParam("framework") String framework) {
        String after = afterId(page.validated());
        if (framework != null && !Frameworks.ALL.contains(framework)) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("framework must be one of " + Frameworks.ALL + ", got " + framework).build();
        }
        Predicate<Control> ofType = c -> resourceType == null || c.appliesTo(resourceType);
        Predicate<Control> citing = c -> framework == null || c.references().containsKey(framework);
        Predicate<Control> unseen = c -> after == null || LIST_ORDER.compare(c.id(), after) > 0;
        List<Control> rows = tenantControls.all(tenantId).stream().filter(ofType.and(citing).and(unseen))
                .sorted(Comparator.comparing(Control::id, LIST_ORDER)).limit(page.fetchSize()).toList();
        return CursorPage.of(rows, page, Control::id, mapper::toSummary);
    }

    @GET
    @Path("{controlId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "One control in full, with the expression it is evaluated with")
    public ControlDetail get(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        if (library.find(controlId).isEmpty()) {
            return tenantControls.find(tenantId, controlId).map(control -> mapper.toDetail(control, null))
                    .orElseThrow(() -> notFound(controlId));
        }
        return mapper.toDetail(library.find(controlId).get(), library.version());
    }

    /** The id of the last control of the previous page; null on the first page. */
    private static String afterId(CursorRequest page) {
        String after = page.after();
        if (after != null && !CONTROL_ID.matcher(after).matches()) {
            throw HttpProblems.badRequest(CursorRequest.FORGED);
        }
        return after;
    }

    private HttpProblem notFound(String controlId) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No control '" + Abbreviation.safe(controlId) + "' in catalog " + library.version()
                        + " or among this tenant's own controls")
                .build();
    }
}
