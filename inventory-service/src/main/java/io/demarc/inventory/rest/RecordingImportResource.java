package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.catalog.recordings.InvalidRecordingException;
import io.demarc.inventory.api.RecordingImportSummary;
import io.demarc.inventory.service.ImportRateLimiter;
import io.demarc.inventory.service.RecordingImportService;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

@Path("/api/v1/tenants/{tenantId}/imports/recordings")
@Tag(name = "Imports")
public class RecordingImportResource {

    static final String ZIP = "application/zip";

    static final String DESCRIPTION = "A zip of recorded AWS API responses, one file per call named"
            + " <endpoint>.<Operation>_<N>.json holding {\"status_code\": ..., \"data\": <response>} or plain AWS CLI"
            + " JSON output; N orders the calls of one operation. They are normalized into configuration items and"
            + " stored like an AWS Config import. Calls that failed (AccessDenied, ...) are listed as gaps. All or"
            + " nothing: an unreadable, unsafe or too large zip, or a resource whose account or region neither the"
            + " data nor the query names, rejects the import with 400.";

    @Inject
    ImportRateLimiter rateLimiter;

    @Inject
    RecordingImportService recordings;

    @POST
    @Consumes({ZIP, "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Import recorded AWS API responses", description = DESCRIPTION)
    public RecordingImportSummary importRecording(@PathParam("tenantId") String tenantId,
            @Parameter(description = "12-digit AWS account id, used where the data names none") @QueryParam("accountId") String accountId,
            @Parameter(description = "AWS region (us-east-1), used where the data names none") @QueryParam("region") String region,
            @RequestBody(required = true, content = @Content(mediaType = ZIP)) byte[] body) {
        rateLimiter.acquire(tenantId);
        try {
            return recordings.importRecording(tenantId, body, accountId, region);
        } catch (InvalidRecordingException e) {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Invalid recording")
                    .withDetail("Nothing was imported: " + e.getMessage())
                    .build();
        }
    }
}
