package io.demarc.console.frameworks;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's posture: each framework's score and each requirement's status for the tenant today. */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}/posture")
public interface FrameworkPostureApi {

    @GET
    Posture posture(@PathParam("tenantId") String tenantId);

    /** In the framework's own order, cursor-paged like assessment's requirement list. */
    @GET
    @Path("/{framework}/requirements")
    StatusPage requirements(@PathParam("tenantId") String tenantId, @PathParam("framework") String framework,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    record Posture(List<Score> frameworks) {
    }

    record Score(String framework, double score, int passing, int failing, int attested, int unattested,
            int notAssessed) {
    }

    record StatusPage(List<RequirementStatus> items, int limit, String nextCursor) {
    }

    /** @param status INHERITED, PASSING, FAILING, ATTESTED, UNATTESTED or NOT_ASSESSED */
    record RequirementStatus(String id, String status, long failingResources, long acceptedRisks) {
    }
}
