package io.demarc.console.reports;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
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

import io.demarc.console.client.ApiException;
import io.demarc.console.reports.ReportsApi.EvidencePackage;
import io.demarc.console.reports.ReportsApi.Framework;
import io.demarc.console.reports.ReportsApi.PackagePage;
import io.demarc.console.reports.ReportsApi.PackageRequest;
import io.demarc.console.web.Downloads;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Reports: evidence packages (request one for a framework and a period, watch it build, download it, earlier ones by
 * cursor) and reporting's exports. Every file passes through the console as it streams from reporting-service, with
 * its content type and file name. Requesting a package only reads, so every role of the tenant may, auditors too.
 */
@Path("/tenants/{tenantId}/reports")
@Authenticated
public class ReportsPage {

    static final int PAGE_SIZE = 20;
    static final int DEFAULT_PERIOD_DAYS = 90;

    /** An export the page offers: its file, what it holds, and whether it needs a framework. */
    public record Export(String name, String title, String format, boolean takesFramework,
            boolean needsFramework) {
    }

    static final List<Export> EXPORTS = List.of(
            new Export("findings.csv", "Findings", "CSV", true, false),
            new Export("findings.xlsx", "Findings, matrix and posture", "Excel workbook (XLSX)", true, false),
            new Export("findings.ocsf.json", "Findings as OCSF compliance findings", "OCSF JSON", true, false),
            new Export("report.pdf", "Posture and responsibility matrix report", "PDF", false, false),
            new Export("oscal-assessment-results.json", "OSCAL assessment results", "OSCAL JSON", true, true),
            new Export("oscal-system-security-plan.json", "OSCAL system security plan (customer responsibility"
                    + " matrix)", "OSCAL JSON", true, true));

    @Inject
    @RestClient
    ReportsApi api;

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance reports(String tenant, String section, List<Framework> frameworks,
                PackagePage packages, String cursor, List<Export> exports, PackageForm form, String error,
                List<String> violations);

        static native TemplateInstance evidencePackage(String tenant, String section, EvidencePackage pkg);

        static native TemplateInstance evidencePackage$status(String tenant, EvidencePackage pkg);
    }

    /** The request form as typed. */
    public record PackageForm(String framework, String from, String to) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance reports(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return render(tenantId, blankToNull(cursor), new PackageForm(null,
                today.minusDays(DEFAULT_PERIOD_DAYS - 1).toString(), today.toString()), null, List.of());
    }

    @POST
    @Path("evidence-packages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response request(@PathParam("tenantId") String tenantId, @RestForm String framework,
            @RestForm String from, @RestForm String to) {
        PackageForm form = new PackageForm(framework, from, to);
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = LocalDate.parse(from == null ? "" : from.trim());
            toDay = LocalDate.parse(to == null ? "" : to.trim());
        } catch (DateTimeParseException e) {
            return Response.status(400).entity(render(tenantId, null, form,
                    "The period needs two dates, from and to, such as 2026-01-31.", List.of())).build();
        }
        try {
            EvidencePackage requested = api.requestPackage(tenantId,
                    new PackageRequest(blankToNull(framework), fromDay, toDay));
            return Response.seeOther(URI.create("/tenants/" + tenantId + "/reports/evidence-packages/"
                    + requested.packageId())).build();
        } catch (ApiException refused) {
            if (refused.status() != 400 && refused.status() != 409) {
                throw refused;
            }
            return Response.status(refused.status())
                    .entity(render(tenantId, null, form, refused.message(), refused.violations())).build();
        }
    }

    @GET
    @Path("evidence-packages/{packageId: [0-9a-fA-F-]{36}}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance evidencePackage(@PathParam("tenantId") String tenantId,
            @PathParam("packageId") String packageId) {
        return Templates.evidencePackage(tenantId, "reports", api.evidencePackage(tenantId, packageId));
    }

    /** The part of the package page htmx replaces every 2 s while the package builds. */
    @GET
    @Path("evidence-packages/{packageId: [0-9a-fA-F-]{36}}/status")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance status(@PathParam("tenantId") String tenantId,
            @PathParam("packageId") String packageId) {
        return Templates.evidencePackage$status(tenantId, api.evidencePackage(tenantId, packageId));
    }

    /** The package's ZIP, streamed through from reporting as it is read. */
    @GET
    @Path("evidence-packages/{packageId: [0-9a-fA-F-]{36}}/download")
    public Response download(@PathParam("tenantId") String tenantId, @PathParam("packageId") String packageId) {
        return Downloads.stream(api.packageContent(tenantId, packageId), "evidence-" + packageId + ".zip");
    }

    /** One of reporting's exports, streamed through with reporting's content type and file name. */
    @GET
    @Path("exports/{name}")
    public Response export(@PathParam("tenantId") String tenantId, @PathParam("name") String name,
            @QueryParam("framework") String framework) {
        Export export = EXPORTS.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(NotFoundException::new);
        String chosen = export.takesFramework() ? blankToNull(framework) : null;
        if (export.needsFramework() && chosen == null) {
            throw new BadRequestException("Choose a framework for the " + export.title() + ".");
        }
        Map<String, BiFunction<String, String, Response>> calls = Map.of(
                "findings.csv", api::findingsCsv,
                "findings.xlsx", api::findingsXlsx,
                "findings.ocsf.json", api::findingsOcsf,
                "report.pdf", (tenant, ignored) -> api.reportPdf(tenant),
                "oscal-assessment-results.json", api::oscalAssessmentResults,
                "oscal-system-security-plan.json", api::oscalSystemSecurityPlan);
        String fallback = tenantId + "-" + (chosen == null ? "" : chosen + "-") + name;
        return Downloads.stream(calls.get(name).apply(tenantId, chosen), fallback);
    }

    private TemplateInstance render(String tenantId, String cursor, PackageForm form, String error,
            List<String> violations) {
        List<Framework> frameworks = api.posture(tenantId).frameworks();
        PackagePage packages = api.packages(tenantId, cursor, PAGE_SIZE);
        return Templates.reports(tenantId, "reports", frameworks == null ? List.of() : frameworks, packages, cursor,
                EXPORTS, form, error, violations);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
