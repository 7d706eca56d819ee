package io.demarc.assessment.rest;

import java.util.List;
import java.util.function.Predicate;

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
import io.demarc.assessment.service.TenantControls;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The controls a tenant is assessed against: the catalog's, then the tenant's own ({@code custom-} ids). */
@Path("/api/v1/tenants/{tenantId}/controls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controls")
public class ControlResource {

    @Inject
    ControlLibrary library;

    @Inject
    ControlMapper mapper;

    @Inject
    TenantControls tenantControls;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List the catalog's and the tenant's own controls, optionally only those of one resource type or citing one framework")
    public Page<ControlSummary> list(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page,
            @QueryParam("resourceType") String resourceType, @QueryParam("framework") String framework) {
        page.validated();
        if (framework != null && !Frameworks.ALL.contains(framework)) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("framework must be one of " + Frameworks.ALL + ", got " + framework).build();
        }
        Predicate<Control> ofType = c -> resourceType == null || c.appliesTo(resourceType);
        Predicate<Control> citing = c -> framework == null || c.references().containsKey(framework);
        List<Control> matching = tenantControls.all(tenantId).stream().filter(ofType.and(citing)).toList();
        List<ControlSummary> items = matching.stream().skip(page.offset()).limit(page.size)
                .map(mapper::toSummary).toList();
        return Page.of(items, page, matching.size());
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

    private HttpProblem notFound(String controlId) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No control '" + Abbreviation.safe(controlId) + "' in catalog " + library.version()
                        + " or among this tenant's own controls")
                .build();
    }
}
