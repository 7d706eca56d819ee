package io.demarc.console.customcontrols;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import io.demarc.console.customcontrols.CustomControlsApi.ControlPage;
import io.demarc.console.customcontrols.CustomControlsApi.CustomControl;
import io.demarc.console.customcontrols.CustomControlsApi.DryRun;
import io.demarc.console.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * A tenant's own controls, for its administrators: the list, and an editor for CEL that checks the expression with
 * assessment-service before anything is saved — a compile or type error is shown at its line and column — and tries
 * it on the tenant's current resources (dry run). With htmx the check and the dry run replace only their panel;
 * without script the same buttons post the whole form and the page comes back with the result.
 */
@Path("/tenants/{tenantId}/custom-controls")
@Authenticated
public class CustomControlsPage {

    static final int PAGE_SIZE = 50;
    static final List<String> SEVERITIES = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFORMATIONAL");
    /** The catalog's responsibility domains (the service checks the value; this list only helps typing). */
    static final List<String> DOMAINS = List.of("physical-environmental", "hardware-global-network",
            "virtualization", "host-os", "guest-os-patching", "platform-runtime", "network-configuration",
            "identity-access", "credentials-mfa", "data-classification", "encryption-at-rest",
            "encryption-in-transit", "key-management", "backup-recovery", "logging-monitoring", "application-code",
            "secrets-management", "configuration-management", "awareness-training", "incident-response");

    @Inject
    @RestClient
    CustomControlsApi api;

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "customcontrols")
    static class Templates {
        static native TemplateInstance list(String tenant, String section, ControlPage controls, String cursor,
                String notice);

        static native TemplateInstance editor(String tenant, String section, ControlForm form, String editing,
                String error, List<String> violations, CheckOutcome check, DryRun dryRun, List<String> severities,
                List<String> domains);

        static native TemplateInstance editor$result(String tenant, CheckOutcome check, DryRun dryRun);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("notice") String notice) {
        administratorsOnly(tenantId);
        String from = cursor == null || cursor.isBlank() ? null : cursor;
        return Templates.list(tenantId, "custom-controls", api.list(tenantId, from, PAGE_SIZE), from,
                notice(notice));
    }

    @GET
    @Path("new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance create(@PathParam("tenantId") String tenantId) {
        administratorsOnly(tenantId);
        return editor(tenantId, ControlForm.EMPTY, null, null, List.of(), null, null);
    }

    @GET
    @Path("{controlId: custom(-[a-z0-9]+)+}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance edit(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        administratorsOnly(tenantId);
        CustomControl control = api.get(tenantId, controlId);
        return editor(tenantId, ControlForm.of(control), control.id(), null, List.of(), null, null);
    }

    /** Saves a new control; a refusal comes back on the form, a CEL error at its position. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("tenantId") String tenantId, @RestForm String id, @RestForm String title,
            @RestForm String description, @RestForm String severity, @RestForm String resourceTypes,
            @RestForm String domain, @RestForm String expression, @RestForm String applicability,
            @RestForm String evidence, @RestForm String remediation, @RestForm String references) {
        administratorsOnly(tenantId);
        ControlForm form = new ControlForm(id, title, description, severity, resourceTypes, domain, expression,
                applicability, evidence, remediation, references);
        try {
            api.create(tenantId, form.request(null));
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/custom-controls?notice=created")).build();
        } catch (ApiException refused) {
            return refusedForm(tenantId, form, null, refused);
        }
    }

    @POST
    @Path("{controlId: custom(-[a-z0-9]+)+}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response update(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId,
            @RestForm String title, @RestForm String description, @RestForm String severity,
            @RestForm String resourceTypes, @RestForm String domain, @RestForm String expression,
            @RestForm String applicability, @RestForm String evidence, @RestForm String remediation,
            @RestForm String references) {
        administratorsOnly(tenantId);
        ControlForm form = new ControlForm(controlId, title, description, severity, resourceTypes, domain,
                expression, applicability, evidence, remediation, references);
        try {
            api.update(tenantId, controlId, form.request(controlId));
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/custom-controls?notice=updated")).build();
        } catch (ApiException refused) {
            return refusedForm(tenantId, form, controlId, refused);
        }
    }

    @POST
    @Path("{controlId: custom(-[a-z0-9]+)+}/delete")
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("controlId") String controlId) {
        administratorsOnly(tenantId);
        api.delete(tenantId, controlId);
        return Response.seeOther(URI.create("/tenants/" + tenantId + "/custom-controls?notice=deleted")).build();
    }

    /**
     * Asks assessment whether the expressions compile. htmx gets the result panel; a plain form post gets the whole
     * editor back with it.
     */
    @POST
    @Path("check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance check(@PathParam("tenantId") String tenantId, @HeaderParam("HX-Request") String htmx,
            @RestForm String editing, @RestForm String id, @RestForm String title, @RestForm String description,
            @RestForm String severity, @RestForm String resourceTypes, @RestForm String domain,
            @RestForm String expression, @RestForm String applicability, @RestForm String evidence,
            @RestForm String remediation, @RestForm String references) {
        administratorsOnly(tenantId);
        ControlForm form = new ControlForm(id, title, description, severity, resourceTypes, domain, expression,
                applicability, evidence, remediation, references);
        CheckOutcome outcome;
        try {
            api.validate(tenantId, form.check());
            outcome = CheckOutcome.ok();
        } catch (CelProblem problem) {
            outcome = CheckOutcome.of(problem, form);
        }
        return result(tenantId, htmx, form, editing, outcome, null);
    }

    /** Tries the expressions on the tenant's current resources of the control's types; nothing is saved. */
    @POST
    @Path("dry-run")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dryRun(@PathParam("tenantId") String tenantId, @HeaderParam("HX-Request") String htmx,
            @RestForm String editing, @RestForm String id, @RestForm String title, @RestForm String description,
            @RestForm String severity, @RestForm String resourceTypes, @RestForm String domain,
            @RestForm String expression, @RestForm String applicability, @RestForm String evidence,
            @RestForm String remediation, @RestForm String references) {
        administratorsOnly(tenantId);
        ControlForm form = new ControlForm(id, title, description, severity, resourceTypes, domain, expression,
                applicability, evidence, remediation, references);
        CheckOutcome outcome = null;
        DryRun dryRun = null;
        try {
            dryRun = api.dryRun(tenantId, form.check());
        } catch (CelProblem problem) {
            outcome = CheckOutcome.of(problem, form);
        }
        return result(tenantId, htmx, form, editing, outcome, dryRun);
    }

    private TemplateInstance result(String tenantId, String htmx, ControlForm form, String editing,
            CheckOutcome outcome, DryRun dryRun) {
        if ("true".equals(htmx)) {
            return Templates.editor$result(tenantId, outcome, dryRun);
        }
        return editor(tenantId, form, editing == null || editing.isBlank() ? null : editing, null, List.of(),
                outcome, dryRun);
    }

    private Response refusedForm(String tenantId, ControlForm form, String editing, ApiException refused) {
        if (refused.status() != 400 && refused.status() != 409) {
            throw refused;
        }
        CheckOutcome outcome = refused instanceof CelProblem problem && problem.line() != null
                ? CheckOutcome.of(problem, form)
                : null;
        String error = outcome != null ? null : refused.message();
        return Response.status(refused.status())
                .entity(editor(tenantId, form, editing, error, refused.violations(), outcome, null)).build();
    }

    private TemplateInstance editor(String tenantId, ControlForm form, String editing, String error,
            List<String> violations, CheckOutcome check, DryRun dryRun) {
        return Templates.editor(tenantId, "custom-controls", form, editing, error, violations, check, dryRun,
                SEVERITIES, DOMAINS);
    }

    /**
     * Custom controls are for administrators: someone of another tenant gets the not-found page every other tenant
     * page gives, a member without the role a readable refusal. The services decide again on every call.
     */
    private void administratorsOnly(String tenantId) {
        if (!user.mayOpen(tenantId)) {
            throw new NotFoundException();
        }
        if (!user.mayAdminister()) {
            throw new ApiException(403, "Forbidden", "Custom controls are written and read here by tenant"
                    + " administrators; the controls' findings show under Findings.", List.of());
        }
    }

    static String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "created" -> "Control saved. It was evaluated at once on the tenant's resources of its types.";
            case "updated" -> "Control changed. Its findings were evaluated again.";
            case "deleted" -> "Control deleted. Its findings were closed.";
            default -> null;
        };
    }
}
