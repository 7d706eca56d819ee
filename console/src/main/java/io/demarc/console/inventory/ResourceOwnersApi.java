package io.demarc.console.inventory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ownership-service: who owns a domain of a resource today, and why that assignment wins. */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}/owners")
public interface ResourceOwnersApi {

    @GET
    @Path("/resolve")
    Resolution resolve(@PathParam("tenantId") String tenantId, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("arn") String arn, @QueryParam("domain") String domain);

    record Resolution(String domain, String side, boolean unowned, Owner responsible, Owner accountable) {
    }

    record Owner(TeamRef team, String role, Scope scope, String why) {
    }

    record TeamRef(String teamId, String name, String contactEmail) {
    }

    record Scope(String kind, String value) {
    }
}
