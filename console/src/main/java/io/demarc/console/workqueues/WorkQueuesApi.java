package io.demarc.console.workqueues;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** reporting-service's work queues: open failures (failing, no exception) per owning team, and the unowned ones. */
@RegisterRestClient(configKey = "reporting")
@Path("/api/v1/tenants/{tenantId}/work-queues")
public interface WorkQueuesApi {

    /** The queue id of failures nobody owns. */
    String UNOWNED = "unowned";

    @GET
    List<Queue> queues(@PathParam("tenantId") String tenantId);

    @GET
    @Path("/{teamId}")
    Page queue(@PathParam("tenantId") String tenantId, @PathParam("teamId") String teamId,
            @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit);

    record Queue(String teamId, String teamName, long open, Map<String, Long> bySeverity,
            Instant oldestFailingSince) {

        public boolean unowned() {
            return UNOWNED.equals(teamId);
        }

        public long count(String severity) {
            return bySeverity == null ? 0 : bySeverity.getOrDefault(severity, 0L);
        }
    }

    record Page(List<Item> items, String nextCursor) {
    }

    record Resource(String accountId, String awsRegion, String resourceType, String resourceId) {
    }

    record Item(String findingId, String controlId, String controlTitle, String severity, String domain,
            Resource resource, Instant failingSince, String remediation) {
    }
}
