package io.demarc.console.frameworks;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.demarc.console.client.ApiException;
import io.demarc.console.frameworks.FrameworkPostureApi.RequirementStatus;
import io.demarc.console.frameworks.FrameworkPostureApi.Score;
import io.demarc.console.frameworks.FrameworkPostureApi.StatusPage;
import io.demarc.console.frameworks.FrameworksApi.AttestationPage;
import io.demarc.console.frameworks.FrameworksApi.ExpiringPage;
import io.demarc.console.frameworks.FrameworksApi.FrameworkSummary;
import io.demarc.console.frameworks.FrameworksApi.Requirement;
import io.demarc.console.frameworks.FrameworksApi.RequirementPage;
import io.demarc.console.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Frameworks and attestations: each framework with how its requirements are met and the tenant's score; a
 * framework's requirements with who carries them (AWS, shared, the customer), how they are met (inherited with the AWS
 * report to cite, automated by which controls, manual) and where each stands; uploading an attestation with its
 * validity and evidence file (tenant administrators); and what expires within 30 days, soonest first.
 */
@Path("/tenants/{tenantId}/frameworks")
@Authenticated
public class FrameworksPage {

    static final int PAGE_SIZE = 100;
    static final int EXPIRING_DAYS = 30;

    @Inject
    @RestClient
    FrameworksApi api;

    @Inject
    @RestClient
    FrameworkPostureApi posture;

    @CheckedTemplate(basePath = "frameworks")
    static class Templates {
        static native TemplateInstance frameworks(String tenant, String section, List<FrameworkRow> frameworks,
                ExpiringPage expiring, int days);

        static native TemplateInstance framework(String tenant, String section, FrameworkSummary framework,
                List<RequirementRow> requirements, String nextCursor, String nextStatusCursor, boolean firstPage,
                String notice);

        static native TemplateInstance attest(String tenant, String section, FrameworkSummary framework,
                String requirementId, AttestationPage attestations, AttestForm form, String error,
                List<String> violations, String notice);
    }

    /** A framework with its score from reporting (null before posture was first computed). */
    public record FrameworkRow(FrameworkSummary summary, Score score) {
    }

    /** A requirement as assessment describes it, with its status from reporting. */
    public record RequirementRow(Requirement requirement, RequirementStatus status) {
    }

    /** The attestation form as typed. */
    public record AttestForm(String statement, String attestor, String validFrom, String validUntil) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance frameworks(@PathParam("tenantId") String tenantId) {
        List<FrameworkSummary> summaries = api.frameworks(tenantId, 500).items();
        Map<String, Score> scores = posture.posture(tenantId).frameworks().stream()
                .collect(Collectors.toMap(Score::framework, Function.identity(), (a, b) -> a));
        List<FrameworkRow> rows = summaries.stream().map(f -> new FrameworkRow(f, scores.get(f.key()))).toList();
        ExpiringPage expiring = api.expiring(tenantId, EXPIRING_DAYS, 100);
        return Templates.frameworks(tenantId, "frameworks", rows, expiring, EXPIRING_DAYS);
    }

    /**
     * One framework's requirements. Assessment and reporting list them in the same order and page alike, so the page
     * carries both services' cursors and shows each requirement with its status.
     */
    @GET
    @Path("{framework}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance framework(@PathParam("tenantId") String tenantId,
            @PathParam("framework") String framework, @QueryParam("cursor") String cursor,
            @QueryParam("statusCursor") String statusCursor, @QueryParam("notice") String notice) {
        FrameworkSummary summary = summary(tenantId, framework);
        RequirementPage page = api.requirements(tenantId, framework, blankToNull(cursor), PAGE_SIZE);
        StatusPage statuses = posture.requirements(tenantId, framework, blankToNull(statusCursor), PAGE_SIZE);
        Map<String, RequirementStatus> byId = statuses.items().stream()
                .collect(Collectors.toMap(RequirementStatus::id, Function.identity(), (a, b) -> a));
        List<RequirementRow> rows = page.items().stream()
                .map(requirement -> new RequirementRow(requirement, byId.get(requirement.id()))).toList();
        return Templates.framework(tenantId, "frameworks", summary, rows, page.nextCursor(), statuses.nextCursor(),
                blankToNull(cursor) == null, "attested".equals(notice) ? "Attestation recorded." : null);
    }

    @GET
    @Path("{framework}/requirements/{requirementId}/attestations")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance attestations(@PathParam("tenantId") String tenantId,
            @PathParam("framework") String framework, @PathParam("requirementId") String requirementId,
            @QueryParam("notice") String notice) {
        return renderAttest(tenantId, framework, requirementId, new AttestForm("", "", "", ""), null, List.of(),
                "attested".equals(notice)
                        ? "Attestation recorded: the requirement counts as attested for its"
                                + " validity."
                        : null);
    }

    /** Passes the attestation with its evidence file on to assessment; a refusal comes back on the form. */
    @POST
    @Path("{framework}/requirements/{requirementId}/attestations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response attest(@PathParam("tenantId") String tenantId, @PathParam("framework") String framework,
            @PathParam("requirementId") String requirementId, @RestForm("evidence") FileUpload evidence,
            @RestForm String statement, @RestForm String attestor, @RestForm String validFrom,
            @RestForm String validUntil) {
        AttestForm form = new AttestForm(statement, attestor, validFrom, validUntil);
        ClientMultipartForm upload = ClientMultipartForm.create();
        attribute(upload, "statement", statement);
        attribute(upload, "attestor", attestor);
        attribute(upload, "validFrom", validFrom);
        attribute(upload, "validUntil", validUntil);
        if (evidence != null && evidence.uploadedFile() != null && evidence.fileName() != null
                && !evidence.fileName().isBlank()) {
            upload.binaryFileUpload("evidence", evidence.fileName(), evidence.uploadedFile().toString(),
                    evidence.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : evidence.contentType());
        }
        try {
            api.attest(tenantId, framework, requirementId, upload);
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/frameworks/" + framework
                    + "/requirements/" + requirementId + "/attestations?notice=attested")).build();
        } catch (ApiException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            return Response.status(refused.status()).entity(renderAttest(tenantId, framework, requirementId, form,
                    refused.message(), refused.violations(), null)).build();
        }
    }

    /** An attestation's evidence file, streamed through as uploaded. */
    @GET
    @Path("attestations/{attestationId}/evidence")
    public Response evidence(@PathParam("tenantId") String tenantId,
            @PathParam("attestationId") String attestationId) {
        return Downloads.stream(api.evidence(tenantId, attestationId), "evidence-" + attestationId);
    }

    private TemplateInstance renderAttest(String tenantId, String framework, String requirementId, AttestForm form,
            String error, List<String> violations, String notice) {
        FrameworkSummary summary = summary(tenantId, framework);
        AttestationPage attestations = api.attestations(tenantId, framework, requirementId, null, 50);
        return Templates.attest(tenantId, "frameworks", summary, requirementId, attestations, form, error,
                violations, notice);
    }

    private FrameworkSummary summary(String tenantId, String framework) {
        return api.frameworks(tenantId, 500).items().stream().filter(f -> f.key().equals(framework)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static void attribute(ClientMultipartForm form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.attribute(name, value.trim(), null);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
