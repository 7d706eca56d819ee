package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.catalog.ingest.InvalidImportException;
import io.demarc.inventory.api.ImportSummary;
import io.demarc.inventory.service.ImportRateLimiter;
import io.demarc.inventory.service.ImportService;
import io.demarc.service.security.Roles;
import io.quarkiverse.resteasy.problem.HttpProblem;

@Path("/api/v1/tenants/{tenantId}/imports")
@Tag(name = "Imports")
public class ImportResource {

    /** Problems listed in one answer; the detail says how many there were in all. */
    static final int PROBLEMS_SHOWN = 100;

    static final String SHAPES = "Accepts an item, an array of items, a snapshot or history page"
            + " {\"configurationItems\": [...]}, or a configuration item change notification (also inside an SNS"
            + " message). All or nothing: any invalid item rejects the import with 400 naming every item and field"
            + " at fault.";

    @Inject
    ImportRateLimiter rateLimiter;

    @Inject
    ImportService imports;

    /** The body is taken as bytes: the parser reports JSON errors itself, with line and column. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.TENANT_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Import AWS Config configuration items", description = SHAPES)
    public ImportSummary importItems(@PathParam("tenantId") String tenantId,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON)) byte[] body) {
        rateLimiter.acquire(tenantId);
        try {
            return imports.importItems(tenantId, body);
        } catch (InvalidImportException e) {
            throw HttpProblem.builder()
                    .withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Invalid import")
                    .withDetail("Nothing was imported: " + e.getMessage())
                    .with("problems", e.problems().stream().limit(PROBLEMS_SHOWN).toList())
                    .build();
        }
    }
}
