package io.demarc.console.matrix;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import io.demarc.console.client.ApiException;
import io.demarc.console.matrix.MatrixApi.Finding;
import io.demarc.console.matrix.MatrixApi.FindingPage;
import io.demarc.console.matrix.MatrixOwnershipApi.Assignment;
import io.demarc.console.matrix.MatrixOwnershipApi.AssignmentRequest;
import io.demarc.console.matrix.MatrixOwnershipApi.Owner;
import io.demarc.console.matrix.MatrixOwnershipApi.OwnershipCell;
import io.demarc.console.matrix.MatrixOwnershipApi.Resolution;
import io.demarc.console.matrix.MatrixOwnershipApi.Scope;
import io.demarc.console.matrix.MatrixOwnershipApi.TeamRef;
import io.demarc.console.matrix.MatrixOwnershipApi.TypeRow;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * One cell of the matrix: what AWS does and what the customer must do for a resource type in a control domain, who
 * owns it (team, scope, RACI role and why that assignment wins), the resources it covers and their failing findings,
 * and for an administrator the form that assigns or changes the owner. Served whole, or as the heat map's detail panel
 * when htmx asks ({@code HX-Request}).
 *
 * <p>
 * Owners are read from ownership-service directly, never from reporting's event-fed copy: after assigning, the
 * redirect lands here and shows the new owner at once.
 */
@Path("/tenants/{tenantId}/matrix/{resourceType}/{domain}")
@Authenticated
public class MatrixCellPage {

    /** Failing findings shown in the cell; the findings page lists all of them. */
    static final int FINDINGS = 20;
    static final int TEAMS = 500;

    @Inject
    @RestClient
    MatrixApi reporting;

    @Inject
    @RestClient
    MatrixOwnershipApi ownership;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "matrix")
    static class Templates {
        static native TemplateInstance cell(String tenant, String section, Detail detail);

        static native TemplateInstance cell$panel(String tenant, Detail detail);
    }

    /** What the assign form was given, and what ownership said was wrong with it. */
    public record AssignForm(String teamId, String role, String effectiveFrom, String effectiveTo, String error,
            List<String> violations) {
        static final AssignForm EMPTY = new AssignForm("", "RESPONSIBLE", "", "", null, List.of());
    }

    /**
     * Everything the cell shows.
     *
     * @param notice what the user just did, shown once
     */
    public record Detail(String resourceType, String service, String serviceModel, long resources, String domain,
            OwnershipCell cell, Owner responsible, Owner accountable, List<Finding> failing, boolean moreFailing,
            List<TeamRef> teams, AssignForm form, String notice) {

        public boolean customerDuty() {
            return !"AWS".equals(cell.side());
        }

        /** The form's change of an owner when the cell already has one at resource-type scope, else a new one. */
        public boolean hasOwner() {
            return responsible != null;
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance cell(@PathParam("tenantId") String tenantId,
            @PathParam("resourceType") String resourceType, @PathParam("domain") String domain,
            @QueryParam("assigned") String assigned, @HeaderParam("HX-Request") String htmx) {
        Detail detail = detail(tenantId, resourceType, domain, AssignForm.EMPTY,
                assigned == null ? null : "The owner is assigned.");
        return "true".equals(htmx)
                ? Templates.cell$panel(tenantId, detail)
                : Templates.cell(tenantId, "matrix", detail);
    }

    /**
     * Gives the cell to a team. When the cell's current owner in that role comes from an assignment at this
     * resource type's scope, that assignment changes team (a second one would tie with it); otherwise a new
     * resource-type assignment is made, which beats a tenant-wide one.
     */
    @POST
    @Path("/owner")
    @Produces(MediaType.TEXT_HTML)
    public Response assign(@PathParam("tenantId") String tenantId, @PathParam("resourceType") String resourceType,
            @PathParam("domain") String domain, @RestForm String teamId, @RestForm String role,
            @RestForm String effectiveFrom, @RestForm String effectiveTo) {
        String raci = "ACCOUNTABLE".equals(role) ? "ACCOUNTABLE" : "RESPONSIBLE";
        AssignForm form = new AssignForm(trim(teamId), raci, trim(effectiveFrom), trim(effectiveTo), null, List.of());
        try {
            LocalDate from = date(form.effectiveFrom(), "First day");
            LocalDate to = date(form.effectiveTo(), "Last day");
            Resolution now = ownership.resolve(tenantId, resourceType, domain);
            Owner current = "ACCOUNTABLE".equals(raci) ? now.accountable() : now.responsible();
            if (current != null && current.scope() != null && "RESOURCE_TYPE".equals(current.scope().kind())
                    && resourceType.equalsIgnoreCase(current.scope().value())) {
                Assignment existing = ownership.assignment(tenantId, current.assignmentId());
                ownership.change(tenantId, existing.assignmentId(), new AssignmentRequest(existing.domain(),
                        existing.scope(), form.teamId(), existing.role(),
                        from != null ? from : existing.effectiveFrom(), to != null ? to : existing.effectiveTo()));
            } else {
                ownership.assign(tenantId, new AssignmentRequest(domain, new Scope("RESOURCE_TYPE", resourceType),
                        form.teamId(), raci, from, to));
            }
        } catch (ApiException problem) {
            if (problem.status() == 401 || problem.status() == 404 || problem.status() >= 500) {
                throw problem;
            }
            return rerender(tenantId, resourceType, domain, problem.status(),
                    withError(form, problem.message(), problem.violations()));
        } catch (IllegalArgumentException badDate) {
            return rerender(tenantId, resourceType, domain, 400, withError(form, badDate.getMessage(), List.of()));
        }
        return Response.seeOther(URI.create("/tenants/" + tenantId + "/matrix/" + path(resourceType) + "/"
                + path(domain) + "?assigned=1")).build();
    }

    private Response rerender(String tenantId, String resourceType, String domain, int status, AssignForm form) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.cell(tenantId, "matrix", detail(tenantId, resourceType, domain, form, null)))
                .build();
    }

    Detail detail(String tenantId, String resourceType, String domain, AssignForm form, String notice) {
        // A type the tenant does not use answers 404 from ownership, shown as the not-found page.
        TypeRow row = ownership.responsibilities(tenantId, resourceType);
        if (row == null) {
            throw new NotFoundException();
        }
        OwnershipCell cell = (row.domains() == null ? List.<OwnershipCell>of() : row.domains()).stream()
                .filter(candidate -> candidate.domain().equals(domain)).findFirst()
                .orElseThrow(NotFoundException::new);
        Owner responsible = null;
        Owner accountable = null;
        if (!"AWS".equals(cell.side())) {
            Resolution resolution = ownership.resolve(tenantId, row.resourceType(), domain);
            responsible = resolution.responsible();
            accountable = resolution.accountable();
        }
        FindingPage failing = reporting.findings(tenantId, row.resourceType(), "FAIL", FINDINGS);
        List<TeamRef> teams = user.mayAdminister() && !"AWS".equals(cell.side())
                ? ownership.teams(tenantId, TEAMS).items()
                : List.of();
        return new Detail(row.resourceType(), row.service(), row.serviceModel(), row.resourceCount(), domain, cell,
                responsible, accountable, failing.items() == null ? List.of() : failing.items(),
                failing.nextCursor() != null, teams == null ? List.of() : teams, form, notice);
    }

    private static AssignForm withError(AssignForm form, String error, List<String> violations) {
        return new AssignForm(form.teamId(), form.role(), form.effectiveFrom(), form.effectiveTo(), error,
                violations);
    }

    private static LocalDate date(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException(label + " must be a date like 2026-12-31, got '" + value + "'.");
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    /** A path segment: encoded, with the colons of type names kept readable (AWS::S3::Bucket). */
    static String path(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }
}
