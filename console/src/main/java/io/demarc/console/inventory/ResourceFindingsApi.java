package io.demarc.console.inventory;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's findings of one resource (account, type and resource id name it). */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}/findings")
public interface ResourceFindingsApi {

    @GET
    Page findings(@PathParam("tenantId") String tenantId, @QueryParam("accountId") String accountId,
            @QueryParam("resourceType") String resourceType, @QueryParam("resourceId") String resourceId,
            @QueryParam("limit") Integer limit);

    record Page(List<Finding> items, String nextCursor) {
    }

    record Team(String teamId, String name) {
    }

    record Finding(String findingId, String controlId, String controlTitle, String severity, String status,
            Instant statusChangedAt, Team owner, boolean unowned, String exceptionId, String domain) {
    }
}
