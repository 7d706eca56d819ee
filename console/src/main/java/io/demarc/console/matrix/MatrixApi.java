package io.demarc.console.matrix;

import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's matrix read model and failing findings (see docs/reporting.md). */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}")
public interface MatrixApi {

    @GET
    @Path("/matrix")
    Matrix matrix(@PathParam("tenantId") String tenantId);

    @GET
    @Path("/findings")
    FindingPage findings(@PathParam("tenantId") String tenantId, @QueryParam("resourceType") String resourceType,
            @QueryParam("status") String status, @QueryParam("limit") int limit);

    /** @param domains the column order, the catalog's canonical order of the 20 control domains */
    record Matrix(String tenantId, List<String> domains, List<Row> types, long unownedDuties) {
    }

    /** @param resources live resources of the type */
    record Row(String resourceType, String serviceModel, long resources, List<Cell> cells) {
    }

    /** @param side AWS, SHARED or CUSTOMER */
    record Cell(String domain, String side, String controlClass, Team owner, boolean unowned) {
    }

    record Team(String teamId, String name, String contactEmail) {
    }

    record FindingPage(List<Finding> items, String nextCursor) {
    }

    record Finding(String findingId, String controlId, String controlTitle, String severity, String status,
            Resource resource, Instant firstSeenAt, Team owner) {
    }

    record Resource(String accountId, String awsRegion, String resourceType, String resourceId, String arn) {
    }
}
