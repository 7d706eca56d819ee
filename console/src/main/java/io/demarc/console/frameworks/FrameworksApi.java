package io.demarc.console.frameworks;

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
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * assessment-service's frameworks: how each requirement is met, its attestation status, and the attestations
 * themselves (see docs/assessment-governance.md and docs/frameworks.md).
 */
@RegisterRestClient(configKey = "assessment")
@Path("/api/v1/tenants/{tenantId}")
public interface FrameworksApi {

    @GET
    @Path("/frameworks")
    FrameworkPage frameworks(@PathParam("tenantId") String tenantId, @QueryParam("limit") Integer limit);

    /** In the framework's own order, cursor-paged. */
    @GET
    @Path("/frameworks/{key}/requirements")
    RequirementPage requirements(@PathParam("tenantId") String tenantId, @PathParam("key") String key,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    /** Attested requirements whose proof runs out within {@code days}, soonest first. */
    @GET
    @Path("/frameworks/expiring-attestations")
    ExpiringPage expiring(@PathParam("tenantId") String tenantId, @QueryParam("days") int days,
            @QueryParam("limit") Integer limit);

    /** Multipart: evidence (file), statement, validFrom, validUntil, attestor (optional). */
    @POST
    @Path("/frameworks/{key}/requirements/{requirementId}/attestations")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Attestation attest(@PathParam("tenantId") String tenantId, @PathParam("key") String key,
            @PathParam("requirementId") String requirementId, ClientMultipartForm form);

    /** Newest first, withdrawn ones included. */
    @GET
    @Path("/frameworks/{key}/requirements/{requirementId}/attestations")
    AttestationPage attestations(@PathParam("tenantId") String tenantId, @PathParam("key") String key,
            @PathParam("requirementId") String requirementId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit);

    /** The evidence file as uploaded, streamed. */
    @GET
    @Path("/attestations/{id}/evidence")
    Response evidence(@PathParam("tenantId") String tenantId, @PathParam("id") String attestationId);

    record FrameworkPage(List<FrameworkSummary> items, int limit, String nextCursor) {
    }

    /** @param missing attestable requirements without a valid attestation (expired counts as missing) */
    record FrameworkSummary(String key, String title, String version, int requirements, long inherited,
            long automated, long manual, long attested, long missing) {
    }

    record RequirementPage(List<Requirement> items, int limit, String nextCursor) {
    }

    /**
     * @param fulfilment INHERITED, AUTOMATED or MANUAL
     * @param side AWS, SHARED or CUSTOMER
     * @param attestation for attestable requirements: ATTESTED, EXPIRED or MISSING; null otherwise
     */
    record Requirement(String id, String title, String fulfilment, String side, String awsAttestation,
            List<String> controlIds, String attestation, String attestationId, LocalDate attestedUntil) {

        public boolean attestable() {
            return attestation != null;
        }
    }

    record ExpiringPage(List<Expiring> items, int limit, String nextCursor) {
    }

    record Expiring(String framework, String frameworkTitle, String requirementId, String requirementTitle,
            String attestationId, String attestor, LocalDate validUntil, long daysLeft) {
    }

    record AttestationPage(List<Attestation> items, int limit, String nextCursor) {
    }

    record Attestation(String id, String framework, String requirementId, String statement, String attestor,
            String evidenceFileName, long evidenceSize, String evidenceSha256, LocalDate validFrom,
            LocalDate validUntil, boolean validToday, String recordedBy, Instant recordedAt, Instant withdrawnAt) {
    }
}
