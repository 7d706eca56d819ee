package io.demarc.reporting.export.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.reporting.export.ExportService;
import io.demarc.reporting.export.FindingScope;
import io.demarc.service.security.Roles;

/** Downloads of the tenant's findings, posture and matrix in the formats auditors and other tools read. Read-only. */
@Path("/api/v1/tenants/{tenantId}/exports")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "Exports")
public class ExportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ExportService exports;

    @GET
    @Path("/findings.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Findings as CSV (RFC 4180, header row); ?framework= narrows to one framework's controls")
    public Response csv(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework) {
        FindingScope scope = exports.scope(tenantId, framework);
        return download((StreamingOutput) out -> exports.csv(scope, out), "text/csv; charset=UTF-8",
                "findings-" + tenantId + ".csv");
    }

    @GET
    @Path("/findings.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "Workbook with sheets Findings, Matrix and Posture")
    public Response xlsx(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework) {
        ExportService.ExportWriter writer = exports.xlsx(exports.scope(tenantId, framework));
        return download((StreamingOutput) writer::write, XLSX, "demarc-" + tenantId + ".xlsx");
    }

    @GET
    @Path("/findings.ocsf.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Findings as OCSF Compliance Finding events (class 2003), one JSON array")
    public Response ocsf(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework) {
        FindingScope scope = exports.scope(tenantId, framework);
        return download((StreamingOutput) out -> exports.ocsf(scope, out), MediaType.APPLICATION_JSON,
                "findings-" + tenantId + ".ocsf.json");
    }

    @GET
    @Path("/report.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "PDF report: posture per framework (bar chart) and the responsibility matrix (heat map)")
    public Response pdf(@PathParam("tenantId") String tenantId) {
        ExportService.ExportWriter writer = exports.pdf(tenantId);
        return download((StreamingOutput) writer::write, "application/pdf", "demarc-" + tenantId + ".pdf");
    }

    @GET
    @Path("/oscal/assessment-results.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OSCAL assessment-results of one framework's findings (?framework= required)")
    public Response assessmentResults(@PathParam("tenantId") String tenantId,
            @QueryParam("framework") String framework) {
        byte[] json = exports.assessmentResults(tenantId, framework);
        return download(json, MediaType.APPLICATION_JSON, "assessment-results-" + tenantId + "-" + framework + ".json");
    }

    @GET
    @Path("/oscal/system-security-plan.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "OSCAL system-security-plan: one framework's customer responsibility matrix")
    public Response systemSecurityPlan(@PathParam("tenantId") String tenantId,
            @QueryParam("framework") String framework) {
        byte[] json = exports.systemSecurityPlan(tenantId, framework);
        return download(json, MediaType.APPLICATION_JSON, "ssp-" + tenantId + "-" + framework + ".json");
    }

    private static Response download(Object entity, String type, String fileName) {
        return Response.ok(entity, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"")
                .build();
    }
}
