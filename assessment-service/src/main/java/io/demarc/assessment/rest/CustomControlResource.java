package io.demarc.assessment.rest;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.assessment.mapping.CustomControlMapper;
import io.demarc.assessment.model.CustomControlRow;
import io.demarc.assessment.service.CustomControlCompiler;
import io.demarc.assessment.service.CustomControlConflictException;
import io.demarc.assessment.service.CustomControlDryRun;
import io.demarc.assessment.service.CustomControlService;
import io.demarc.assessment.service.InvalidCustomControlException;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * A tenant's own controls. Each is compiled and type-checked on upload (a CEL error is answered with its line and
 * column), evaluated beside the catalog's controls for this tenant only, and applied at once to the stored resources
 * of its types.
 */
@Path("/api/v1/tenants/{tenantId}/custom-controls")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Custom controls")
public class CustomControlResource {

    @Inject
    CustomControlService service;

    @Inject
    CustomControlMapper mapper;

    @Inject
    CustomControlCompiler compiler;

    @Inject
    CustomControlDryRun dryRuns;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uriInfo;

    @GET
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "List the tenant's own controls, by id")
    public CursorPage<CustomControlView> list(@PathParam("tenantId") String tenantId,
            @BeanParam CursorRequest page) {
        page.validated();
        return CursorPage.of(service.page(tenantId, page.after(), page.fetchSize()), page, row -> row.controlId,
                mapper::toView);
    }

    @GET
    @Path("{controlId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
    @Operation(summary = "One of the tenant's own controls")
    public CustomControlView get(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        return service.find(tenantId, controlId).map(mapper::toView).orElseThrow(() -> notFound(controlId));
    }

    @POST
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Add a control; 400 with the line and column of a CEL error")
    public Response create(@PathParam("tenantId") String tenantId, @Valid @NotNull CustomControlRequest request) {
        if (request.id() == null) {
            throw badRequest("id", "id is required: custom- followed by lower-case words joined by dashes");
        }
        Control control = mapper.toControl(request.id(), request);
        try {
            CustomControlRow row = service.create(tenantId, control, identity.getPrincipal().getName());
            return Response.created(uriInfo.getAbsolutePathBuilder().path(row.controlId).build())
                    .entity(mapper.toView(row))
                    .build();
        } catch (InvalidCustomControlException e) {
            throw invalid(e);
        } catch (CustomControlConflictException e) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Conflict")
                    .withDetail(e.getMessage()).build();
        }
    }

    @POST
    @Path("validate")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Check a control's expressions without saving anything", description = "Compiles,"
            + " type-checks and cost-limits expression, applicability and evidence as creating the control would:"
            + " 200 when they would be accepted, else the same 400 problem with field, line and column.")
    public CustomControlCheckView validate(@PathParam("tenantId") String tenantId,
            @Valid @NotNull CustomControlCheck check) {
        compile(check);
        List<String> checked = new ArrayList<>(List.of("expression"));
        if (check.applicability() != null) {
            checked.add("applicability");
        }
        if (check.evidence() != null) {
            checked.add("evidence");
        }
        return new CustomControlCheckView(true, checked);
    }

    @POST
    @Path("dry-run")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Try a control on the tenant's current resources without saving anything", description = "Evaluates"
            + " the expressions on the tenant's live resources of resourceTypes (at most"
            + " demarc.assessment.custom-controls.dry-run.max-resources of them) and answers the counts per status with"
            + " a sample of failing resources; nothing is stored or announced. A CEL error is the 400 of /validate.")
    public DryRunView dryRun(@PathParam("tenantId") String tenantId, @Valid @NotNull CustomControlCheck check) {
        if (check.resourceTypes() == null || check.resourceTypes().isEmpty()) {
            throw badRequest("resourceTypes", "resourceTypes must name at least one type to try the control on");
        }
        return dryRuns.run(tenantId, compile(check), check.resourceTypes());
    }

    private CompiledControl compile(CustomControlCheck check) {
        try {
            return compiler.compileExpressions(check.expression(), blankToNull(check.applicability()),
                    blankToNull(check.evidence()), check.resourceTypes());
        } catch (InvalidCustomControlException e) {
            throw invalid(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @PUT
    @Path("{controlId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Replace a control; its findings are evaluated again at once")
    public CustomControlView update(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId,
            @Valid @NotNull CustomControlRequest request) {
        if (request.id() != null && !request.id().equals(controlId)) {
            throw badRequest("id", "id in the body (" + request.id() + ") differs from the path; ids never change");
        }
        try {
            return service.update(tenantId, mapper.toControl(controlId, request), identity.getPrincipal().getName())
                    .map(mapper::toView).orElseThrow(() -> notFound(controlId));
        } catch (InvalidCustomControlException e) {
            throw invalid(e);
        }
    }

    @DELETE
    @Path("{controlId}")
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Delete a control; its findings are closed")
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        if (!service.delete(tenantId, controlId)) {
            throw notFound(controlId);
        }
        return Response.noContent().build();
    }

    private static HttpProblem invalid(InvalidCustomControlException e) {
        HttpProblem.Builder problem = HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request").withDetail(e.getMessage()).with("field", e.field());
        if (e.line() != null) {
            problem.with("line", e.line()).with("column", e.column());
        }
        return problem.build();
    }

    private static HttpProblem badRequest(String field, String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).with("field", field).build();
    }

    private static HttpProblem notFound(String controlId) {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("Not Found")
                .withDetail("No custom control '" + Abbreviation.safe(controlId) + "' in this tenant").build();
    }
}
