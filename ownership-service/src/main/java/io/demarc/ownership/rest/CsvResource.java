package io.demarc.ownership.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.ownership.csv.AssignmentCsv;
import io.demarc.ownership.csv.TeamCsv;
import io.demarc.service.security.Roles;

/** Teams and assignments in bulk, as CSV: a bad file is refused whole, with every bad line named. */
@Path("/api/v1/tenants/{tenantId}")
@RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN, Roles.ANALYST, Roles.AUDITOR})
@Tag(name = "CSV import and export")
public class CsvResource {

    static final String TEXT_CSV = "text/csv";

    /** What an import did. */
    public record ImportResult(int applied) {
    }

    @Inject
    TeamCsv teams;

    @Inject
    AssignmentCsv assignments;

    @GET
    @Path("teams.csv")
    @Produces(TEXT_CSV)
    @Operation(summary = "The tenant's teams: name,contactEmail,keycloakGroup")
    public String exportTeams(@PathParam("tenantId") String tenantId) {
        return teams.export(tenantId);
    }

    @POST
    @Path("teams.csv")
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Create or update (by name) every team of the file, or none when any line is bad")
    public ImportResult importTeams(@PathParam("tenantId") String tenantId, String body) {
        return new ImportResult(teams.importFile(tenantId, body));
    }

    @GET
    @Path("assignments.csv")
    @Produces(TEXT_CSV)
    @Operation(summary = "The tenant's assignments not revoked:"
            + " domain,scopeKind,scopeValue,team,role,effectiveFrom,effectiveTo")
    public String exportAssignments(@PathParam("tenantId") String tenantId) {
        return assignments.export(tenantId);
    }

    @POST
    @Path("assignments.csv")
    @Consumes(TEXT_CSV)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PLATFORM_ADMIN, Roles.TENANT_ADMIN})
    @Operation(summary = "Make every assignment of the file, or none when any line is bad or ties")
    public ImportResult importAssignments(@PathParam("tenantId") String tenantId, String body) {
        return new ImportResult(assignments.importFile(tenantId, body));
    }
}
