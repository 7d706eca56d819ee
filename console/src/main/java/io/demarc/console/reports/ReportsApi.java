package io.demarc.console.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's evidence packages and exports (see docs/evidence.md). Downloads answer {@link Response}s, whose bodies stream. */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}")
public interface ReportsApi {

    @POST
    @Path("/evidence-packages")
    @Consumes(MediaType.APPLICATION_JSON)
    EvidencePackage requestPackage(@PathParam("tenantId") String tenantId, PackageRequest request);

    /** Newest first, cursor-paged. */
    @GET
    @Path("/evidence-packages")
    PackagePage packages(@PathParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/evidence-packages/{packageId}")
    EvidencePackage evidencePackage(@PathParam("tenantId") String tenantId, @PathParam("packageId") String packageId);

    @GET
    @Path("/evidence-packages/{packageId}/content")
    Response packageContent(@PathParam("tenantId") String tenantId, @PathParam("packageId") String packageId);

    @GET
    @Path("/exports/findings.csv")
    Response findingsCsv(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework);

    @GET
    @Path("/exports/findings.xlsx")
    Response findingsXlsx(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework);

    @GET
    @Path("/exports/findings.ocsf.json")
    Response findingsOcsf(@PathParam("tenantId") String tenantId, @QueryParam("framework") String framework);

    @GET
    @Path("/exports/report.pdf")
    Response reportPdf(@PathParam("tenantId") String tenantId);

    /** {@code framework} is required. */
    @GET
    @Path("/exports/oscal/assessment-results.json")
    Response oscalAssessmentResults(@PathParam("tenantId") String tenantId,
            @QueryParam("framework") String framework);

    /** {@code framework} is required. */
    @GET
    @Path("/exports/oscal/system-security-plan.json")
    Response oscalSystemSecurityPlan(@PathParam("tenantId") String tenantId,
            @QueryParam("framework") String framework);

    /** The frameworks a package or export can be made for. */
    @GET
    @Path("/posture")
    Posture posture(@PathParam("tenantId") String tenantId);

    record PackageRequest(String framework, LocalDate from, LocalDate to) {
    }

    record PackagePage(List<EvidencePackage> items, int limit, String nextCursor) {
    }

    /** @param status QUEUED, RUNNING, SUCCEEDED or FAILED */
    record EvidencePackage(String packageId, String framework, LocalDate from, LocalDate to, String status,
            int stepsDone, int stepsTotal, String currentStep, String failureReason, String requestedBy,
            Instant requestedAt, Instant startedAt, Instant finishedAt, Long sizeBytes, String sha256,
            boolean signed) {

        /** Still building: the page keeps polling its status. */
        public boolean active() {
            return "QUEUED".equals(status) || "RUNNING".equals(status);
        }

        public boolean ready() {
            return "SUCCEEDED".equals(status);
        }

        public int percent() {
            return stepsTotal == 0 ? 0 : stepsDone * 100 / stepsTotal;
        }
    }

    record Posture(List<Framework> frameworks) {
    }

    record Framework(String framework, String title, String version) {
    }
}
