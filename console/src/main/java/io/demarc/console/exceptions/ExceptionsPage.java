package io.demarc.console.exceptions;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.demarc.console.client.ApiException;
import io.demarc.console.exceptions.ExceptionsApi.AuditEntry;
import io.demarc.console.exceptions.ExceptionsApi.Decision;
import io.demarc.console.exceptions.ExceptionsApi.Page;
import io.demarc.console.exceptions.ExceptionsApi.Request;
import io.demarc.console.exceptions.ExceptionsApi.RiskException;
import io.demarc.console.exceptions.ExceptionsApi.Scope;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Exceptions: the list with state and expiry, the request form (analysts and administrators), one exception with its
 * audit trail and the decisions a tenant-admin other than the requester takes (approve, reject) or any tenant-admin
 * (revoke). The service decides; a refusal (four eyes, wrong state) is shown on the page in its words.
 */
@Path("/tenants/{tenantId}/exceptions")
@Authenticated
public class ExceptionsPage {

    static final int PAGE_SIZE = 50;
    static final int AUDIT_SIZE = 500;
    static final List<String> STATES = List.of("REQUESTED", "APPROVED", "REJECTED", "REVOKED", "EXPIRED");
    static final List<String> SCOPE_KINDS = List.of("TENANT", "ACCOUNT", "RESOURCE_TYPE", "TAG", "RESOURCE");
    private static final Set<String> ACTIONS = Set.of("approve", "reject", "revoke");

    @Inject
    @RestClient
    ExceptionsApi api;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "exceptions")
    static class Templates {
        static native TemplateInstance list(String tenant, String section, List<RiskException> exceptions,
                String state, List<String> states, String nextPage, String firstPage);

        static native TemplateInstance request(String tenant, String section, RequestForm form,
                List<String> scopeKinds);

        static native TemplateInstance exception(String tenant, String section, RiskException exception,
                List<AuditEntry> audit, boolean moreAudit, String done, String problem, List<String> violations,
                boolean ownRequest);
    }

    /** The request form as typed, with the service's refusal when it refused. */
    public record RequestForm(String controlId, String findingId, String scopeKind, String scopeValue,
            String justification, String expiresOn, String problem, List<String> violations) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("state") String state,
            @QueryParam("cursor") String cursor) {
        String wanted = blankToNull(state);
        Page page = api.list(tenantId, wanted, null, null, blankToNull(cursor), PAGE_SIZE);
        String next = page.nextCursor() == null ? null : listLink(tenantId, wanted, page.nextCursor());
        String first = blankToNull(cursor) == null ? null : listLink(tenantId, wanted, null);
        return Templates.list(tenantId, "exceptions", page.items() == null ? List.of() : page.items(), wanted,
                STATES, next, first);
    }

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance requestForm(@PathParam("tenantId") String tenantId,
            @QueryParam("findingId") String findingId, @QueryParam("controlId") String controlId) {
        return Templates.request(tenantId, "exceptions", new RequestForm(blankToNull(controlId),
                blankToNull(findingId), "TENANT", null, null, LocalDate.now(ZoneOffset.UTC).plusDays(90).toString(),
                null, List.of()), SCOPE_KINDS);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response request(@PathParam("tenantId") String tenantId, @FormParam("controlId") String controlId,
            @FormParam("findingId") String findingId, @FormParam("scopeKind") String scopeKind,
            @FormParam("scopeValue") String scopeValue, @FormParam("justification") String justification,
            @FormParam("expiresOn") String expiresOn) {
        RequestForm typed = new RequestForm(controlId, findingId, scopeKind, scopeValue, justification, expiresOn,
                null, List.of());
        Instant expiresAt;
        try {
            expiresAt = blankToNull(expiresOn) == null
                    ? null
                    : LocalDate.parse(expiresOn.trim()).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return formRefused(tenantId, typed, 400, "The expiry must be a date like 2027-03-31.", List.of());
        }
        // For one finding the finding names its control and no scope is given; otherwise a control at a scope.
        Request request = blankToNull(findingId) != null
                ? new Request(blankToNull(controlId), findingId.trim(), null, strip(justification), expiresAt)
                : new Request(blankToNull(controlId), null,
                        new Scope(blankToNull(scopeKind), "TENANT".equals(scopeKind) ? null : blankToNull(scopeValue)),
                        strip(justification), expiresAt);
        try {
            RiskException created = api.request(tenantId, request);
            return Response.seeOther(URI.create(detailLink(tenantId, created.id()) + "?done=requested")).build();
        } catch (ApiException problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            return formRefused(tenantId, typed, problem.status(), problem.message(), problem.violations());
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance exception(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @QueryParam("done") String done) {
        return detail(tenantId, api.get(tenantId, id), notice(blankToNull(done)), null, List.of());
    }

    /** Approve, reject or revoke, with an optional note for the audit trail. */
    @POST
    @Path("/{id}/{action}")
    @Produces(MediaType.TEXT_HTML)
    public Response decide(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
            @PathParam("action") String action, @FormParam("note") String note) {
        if (!ACTIONS.contains(action)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        Decision decision = new Decision(blankToNull(note));
        try {
            switch (action) {
                case "approve" -> api.approve(tenantId, id, decision);
                case "reject" -> api.reject(tenantId, id, decision);
                default -> api.revoke(tenantId, id, decision);
            }
            return Response.seeOther(URI.create(detailLink(tenantId, id) + "?done=" + action)).build();
        } catch (ApiException problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            String message = problem.status() == 403 && problem.title() != null
                    && problem.title().toLowerCase(java.util.Locale.ROOT).contains("four eyes")
                            ? "Four eyes: " + problem.message()
                            : problem.message();
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(detail(tenantId, api.get(tenantId, id), null, message, problem.violations())).build();
        }
    }

    /** What the page says after a post that succeeded (Post/Redirect/Get). */
    static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "requested" -> "Exception requested. A tenant-admin other than you approves or rejects it.";
            case "approve" -> "Exception approved: it covers its findings until it expires.";
            case "reject" -> "Exception rejected.";
            case "revoke" -> "Exception revoked: the findings it covered count again.";
            default -> null;
        };
    }

    private TemplateInstance detail(String tenantId, RiskException exception, String done, String problem,
            List<String> violations) {
        ExceptionsApi.Audit audit = api.audit(tenantId, exception.id(), AUDIT_SIZE);
        boolean own = exception.requestedBy() != null && exception.requestedBy().equals(user.name());
        return Templates.exception(tenantId, "exceptions", exception,
                audit == null || audit.items() == null ? List.of() : audit.items(),
                audit != null && audit.nextCursor() != null, done, problem, violations, own);
    }

    private Response formRefused(String tenantId, RequestForm typed, int status, String message,
            List<String> violations) {
        RequestForm form = new RequestForm(typed.controlId(), typed.findingId(), typed.scopeKind(),
                typed.scopeValue(), typed.justification(), typed.expiresOn(), message, violations);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.request(tenantId, "exceptions", form, SCOPE_KINDS)).build();
    }

    static String listLink(String tenantId, String state, String cursor) {
        StringBuilder link = new StringBuilder("/tenants/").append(tenantId).append("/exceptions");
        String separator = "?";
        if (state != null) {
            link.append(separator).append("state=").append(encode(state));
            separator = "&";
        }
        if (cursor != null) {
            link.append(separator).append("cursor=").append(encode(cursor));
        }
        return link.toString();
    }

    private static String detailLink(String tenantId, String id) {
        return "/tenants/" + tenantId + "/exceptions/" + encode(id);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
