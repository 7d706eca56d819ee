package io.demarc.console.ownership;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * ownership-service's CSV export and import of teams and assignments. An import with bad lines is refused whole with
 * every bad line in {@code errors}; the console's {@code ApiProblemMapper} turns those into the problem's violations.
 */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}")
public interface OwnershipCsvApi {

    String TEXT_CSV = "text/csv";

    @GET
    @Path("/teams.csv")
    @Produces(TEXT_CSV)
    String exportTeams(@PathParam("tenantId") String tenantId);

    @GET
    @Path("/assignments.csv")
    @Produces(TEXT_CSV)
    String exportAssignments(@PathParam("tenantId") String tenantId);

    @POST
    @Path("/teams.csv")
    @Consumes(TEXT_CSV)
    ImportResult importTeams(@PathParam("tenantId") String tenantId, String csv);

    @POST
    @Path("/assignments.csv")
    @Consumes(TEXT_CSV)
    ImportResult importAssignments(@PathParam("tenantId") String tenantId, String csv);

    /** @param applied how many lines were applied */
    record ImportResult(int applied) {
    }
}
