package io.demarc.console.ownership;

import static io.demarc.console.ownership.OwnershipPage.blankToNull;
import static io.demarc.console.ownership.OwnershipPage.encode;
import static io.demarc.console.ownership.OwnershipPage.seeOther;
import static io.demarc.console.ownership.OwnershipPage.trim;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
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
import io.demarc.console.matrix.Domains;
import io.demarc.console.ownership.OwnershipApi.Assignment;
import io.demarc.console.ownership.OwnershipApi.AssignmentRequest;
import io.demarc.console.ownership.OwnershipApi.Page;
import io.demarc.console.ownership.OwnershipApi.Scope;
import io.demarc.console.ownership.OwnershipApi.Team;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Assignments at every scope (tenant, account, resource type, tag, one resource) with RACI role and effective dates:
 * the list (revoked ones included, paged), a form to make one (prefilled from an unowned duty's link), and revoking.
 */
@Path("/tenants/{tenantId}/ownership/assignments")
@Authenticated
public class AssignmentsPage {

    static final int LIMIT = 50;
    static final int TEAMS = 500;
    static final Set<String> SCOPES = Set.of("TENANT", "ACCOUNT", "RESOURCE_TYPE", "TAG", "RESOURCE");

    @Inject
    @RestClient
    OwnershipApi api;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "ownership")
    static class Templates {
        static native TemplateInstance assignments(String tenant, String section, String tab,
                List<Assignment> assignments, String nextPage, String notice, List<Team> teams,
                List<String> domains, AssignmentForm form);
    }

    /** The new-assignment form as filled in, with what ownership said was wrong. */
    public record AssignmentForm(String domain, String scopeKind, String scopeValue, String teamId, String role,
            String effectiveFrom, String effectiveTo, String error, List<String> violations) {

        AssignmentForm failed(String message, List<String> problems) {
            return new AssignmentForm(domain, scopeKind, scopeValue, teamId, role, effectiveFrom, effectiveTo, message,
                    problems);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("notice") String notice, @QueryParam("domain") String domain,
            @QueryParam("scopeKind") String scopeKind, @QueryParam("scopeValue") String scopeValue) {
        AssignmentForm form = new AssignmentForm(trim(domain),
                scopeKind != null && SCOPES.contains(scopeKind) ? scopeKind : "TENANT",
                trim(scopeValue), "", "RESPONSIBLE", "", "", null, List.of());
        return render(tenantId, cursor, notice, form);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response create(@PathParam("tenantId") String tenantId, @RestForm String domain,
            @RestForm String scopeKind, @RestForm String scopeValue, @RestForm String teamId, @RestForm String role,
            @RestForm String effectiveFrom, @RestForm String effectiveTo) {
        requireAdministrator();
        AssignmentForm form = new AssignmentForm(trim(domain), trim(scopeKind), trim(scopeValue), trim(teamId),
                "ACCOUNTABLE".equals(role) ? "ACCOUNTABLE" : "RESPONSIBLE", trim(effectiveFrom), trim(effectiveTo),
                null, List.of());
        try {
            String kind = SCOPES.contains(form.scopeKind()) ? form.scopeKind() : "TENANT";
            AssignmentRequest request = new AssignmentRequest(form.domain(),
                    new Scope(kind, "TENANT".equals(kind) ? null : blankToNull(form.scopeValue())), form.teamId(),
                    form.role(), date(form.effectiveFrom(), "First day"), date(form.effectiveTo(), "Last day"));
            api.assign(tenantId, request);
        } catch (ApiException problem) {
            if (!Forms.showOnForm(problem)) {
                throw problem;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(tenantId, null, null, form.failed(problem.message(), problem.violations())))
                    .build();
        } catch (IllegalArgumentException badDate) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(tenantId, null, null, form.failed(badDate.getMessage(), List.of()))).build();
        }
        return seeOther("/tenants/" + tenantId + "/ownership/assignments?notice="
                + encode("Assigned " + Domains.name(form.domain()) + "."));
    }

    @POST
    @Path("/{assignmentId}/revoke")
    @Produces(MediaType.TEXT_HTML)
    public Response revoke(@PathParam("tenantId") String tenantId,
            @PathParam("assignmentId") String assignmentId) {
        requireAdministrator();
        Assignment revoked = api.revoke(tenantId, assignmentId);
        return seeOther("/tenants/" + tenantId + "/ownership/assignments?notice=" + encode("Revoked the assignment of "
                + Domains.name(revoked == null ? null : revoked.domain()) + "; it ended yesterday."));
    }

    private TemplateInstance render(String tenantId, String cursor, String notice, AssignmentForm form) {
        Page<Assignment> page = api.assignments(tenantId, blankToNull(cursor), LIMIT);
        List<Team> teams = user.mayAdminister() ? api.teams(tenantId, null, TEAMS).items() : List.of();
        return Templates.assignments(tenantId, "ownership", "assignments",
                page.items() == null ? List.of() : page.items(),
                Forms.next("/tenants/" + tenantId + "/ownership/assignments", page.nextCursor()), blankToNull(notice),
                teams == null ? List.of() : teams, Domains.ids(), form);
    }

    private void requireAdministrator() {
        if (!user.mayAdminister()) {
            throw new ForbiddenException("Your role may not change owners.");
        }
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
}
