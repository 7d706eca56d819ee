package io.demarc.console.findings;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.client.ApiException;
import io.demarc.console.findings.FindingExceptionsApi.Entry;
import io.demarc.console.findings.FindingExceptionsApi.ExceptionRequest;
import io.demarc.console.findings.FindingExceptionsApi.Requested;
import io.demarc.console.findings.FindingOwnersApi.Resolution;
import io.demarc.console.findings.FindingOwnersApi.Team;
import io.demarc.console.findings.FindingsApi.Finding;
import io.demarc.console.findings.FindingsApi.Page;
import io.demarc.console.web.CurrentUser;
import io.demarc.console.web.Links;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A tenant's findings: the list filtered by status, severity, control, framework requirement, owner and account,
 * paged by cursor; a finding with its evidence, remediation, owner and why, timeline, and the exception request
 * analysts and administrators may make from it.
 */
@Path("/tenants/{tenantId}/findings")
@Authenticated
public class FindingsPage {

    static final int PAGE_SIZE = 50;
    /** Timeline entries shown on a finding's page: the newest of its resource. */
    static final int TIMELINE_SIZE = 50;

    @Inject
    @RestClient
    FindingsApi findings;

    @Inject
    @RestClient
    FindingOwnersApi owners;

    @Inject
    @RestClient
    FindingExceptionsApi assessment;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "findings")
    static class Templates {
        static native TemplateInstance list(String tenant, String section, FindingFilters filters,
                List<FindingsApi.Summary> findings, List<Team> teams, String nextPage, String firstPage);

        static native TemplateInstance finding(String tenant, String section, Finding finding, Resolution owner,
                String ownerProblem, List<Entry> timeline, String timelineProblem, String evidence,
                ExceptionForm form, String requested);
    }

    /** The exception request form as typed, with the service's refusal when it refused. */
    public record ExceptionForm(String justification, String expiresOn, String problem, List<String> violations) {

        static ExceptionForm empty() {
            return new ExceptionForm("", LocalDate.now(ZoneOffset.UTC).plusDays(90).toString(), null, List.of());
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("status") String status,
            @QueryParam("severity") String severity, @QueryParam("controlId") String controlId,
            @QueryParam("framework") String framework, @QueryParam("requirement") String requirement,
            @QueryParam("ownerTeamId") String ownerTeamId, @QueryParam("accountId") String accountId,
            @QueryParam("cursor") String cursor) {
        FindingFilters filters = new FindingFilters(status, severity, controlId, framework, requirement,
                ownerTeamId, accountId);
        Page page = findings.list(tenantId, filters.status(), filters.severity(), filters.controlId(),
                filters.framework(), filters.requirement(), filters.ownerTeamId(), filters.accountId(),
                blankToNull(cursor), PAGE_SIZE);
        FindingOwnersApi.Teams teams;
        try {
            teams = owners.teams(tenantId, 500);
        } catch (ApiException | ProcessingException unavailable) {
            // The owner filter then offers "unowned" only; the list itself does not need ownership.
            teams = null;
        }
        String next = page.nextCursor() == null ? null : filters.link(tenantId, page.nextCursor());
        String first = blankToNull(cursor) == null ? null : filters.link(tenantId, null);
        return Templates.list(tenantId, "findings", filters, page.items() == null ? List.of() : page.items(),
                teams == null || teams.items() == null ? List.of() : teams.items(), next, first);
    }

    @GET
    @Path("/{findingId}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance finding(@PathParam("tenantId") String tenantId,
            @PathParam("findingId") String findingId, @QueryParam("requested") String requested) {
        return page(tenantId, findings.get(tenantId, findingId), ExceptionForm.empty(), blankToNull(requested));
    }

    /** Requests an exception for this finding; it suppresses nothing until a tenant-admin other than the caller approves. */
    @POST
    @Path("/{findingId}/exception-request")
    @Produces(MediaType.TEXT_HTML)
    public Response requestException(@PathParam("tenantId") String tenantId,
            @PathParam("findingId") String findingId, @FormParam("justification") String justification,
            @FormParam("expiresOn") String expiresOn) {
        Instant expiresAt;
        try {
            expiresAt = expiresOn == null || expiresOn.isBlank()
                    ? null
                    : LocalDate.parse(expiresOn.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return refused(tenantId, findingId, justification, expiresOn, 400,
                    "The expiry must be a date like 2027-03-31.", List.of());
        }
        try {
            Requested created = assessment.request(tenantId,
                    new ExceptionRequest(findingId, Objects.requireNonNullElse(justification, "").strip(),
                            expiresAt));
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/findings/"
                    + Links.encode(findingId) + "?requested=" + Links.encode(created.id())))
                    .build();
        } catch (ApiException problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            return refused(tenantId, findingId, justification, expiresOn, problem.status(), problem.message(),
                    problem.violations());
        }
    }

    private Response refused(String tenantId, String findingId, String justification, String expiresOn, int status,
            String message, List<String> violations) {
        ExceptionForm form = new ExceptionForm(justification, expiresOn, message, violations);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(tenantId, findings.get(tenantId, findingId), form, null)).build();
    }

    private TemplateInstance page(String tenantId, Finding finding, ExceptionForm form, String requested) {
        Resolution owner = null;
        String ownerProblem = null;
        var resource = finding.resource();
        if (finding.domain() != null && resource != null) {
            try {
                owner = owners.resolve(tenantId, resource.resourceType(), resource.resourceId(),
                        resource.accountId(), resource.awsRegion(), resource.arn(), finding.domain());
            } catch (ApiException | ProcessingException problem) {
                ownerProblem = reason(problem);
            }
        }
        List<Entry> timeline = List.of();
        String timelineProblem = null;
        if (resource != null) {
            try {
                var entries = assessment.timeline(tenantId, resource.accountId(), resource.awsRegion(),
                        resource.resourceType(), resource.resourceId(), TIMELINE_SIZE);
                timeline = entries == null || entries.items() == null
                        ? List.of()
                        : entries.items().stream()
                                .filter(e -> "DRIFT".equals(e.kind()) || finding.controlId().equals(e.controlId()))
                                .toList();
            } catch (ApiException | ProcessingException problem) {
                timelineProblem = reason(problem);
            }
        }
        String evidence = finding.evidence() == null || finding.evidence().isNull()
                ? null
                : finding.evidence().toPrettyString();
        return Templates.finding(tenantId, "findings", finding, owner, ownerProblem, timeline, timelineProblem,
                evidence, form, requested);
    }

    private static String reason(RuntimeException problem) {
        return problem instanceof ApiException api
                ? api.message()
                : "the service did not answer; try again in a moment";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
