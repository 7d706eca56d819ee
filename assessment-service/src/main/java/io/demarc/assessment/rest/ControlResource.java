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
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.catalog.controls.Frameworks;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

/** The control catalog a tenant is assessed against. Every tenant sees the same catalog today. */
@Path("/api/v1/tenants/{tenantId}/controls")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Controls")
public class ControlResource {

    @Inject
    ControlLibrary library;

    @Inject
    ControlMapper mapper;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List the controls, optionally only those of one resource type or citing one framework")
    public Page<ControlSummary> list(@PathParam("tenantId") String tenantId, @BeanParam PageRequest page,
            @QueryParam("resourceType") String resourceType, @QueryParam("framework") String framework) {
        page.validated();
        if (framework != null && !Frameworks.ALL.contains(framework)) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("framework must be one of " + Frameworks.ALL + ", got " + framework).build();
        }
        Predicate<Control> ofType = c -> resourceType == null || c.appliesTo(resourceType);
        Predicate<Control> citing = c -> framework == null || c.references().containsKey(framework);
        List<Control> matching = library.controls().stream().filter(ofType.and(citing)).toList();
        List<ControlSummary> items = matching.stream().skip(page.offset()).limit(page.size)
                .map(mapper::toSummary).toList();
        return Page.of(items, page, matching.size());
    }

    @GET
    @Path("{controlId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "One control in full, with the expression it is evaluated with")
    public ControlDetail get(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        return library.find(controlId).map(control -> mapper.toDetail(control, library.version()))
                .orElseThrow(() -> HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                        .withDetail("No control '" + abbreviate(controlId) + "' in catalog " + library.version())
                        .build());
    }

    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 80 ? safe.substring(0, 80) + "…" : safe;
    }
}
