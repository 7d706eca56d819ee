package io.demarc.console.findings;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ownership-service: the tenant's teams (the owner filter) and who owns a finding's domain of its resource, and why. */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}")
public interface FindingOwnersApi {

    @GET
    @Path("/teams")
    Teams teams(@PathParam("tenantId") String tenantId, @QueryParam("limit") Integer limit);

    @GET
    @Path("/owners/resolve")
    Resolution resolve(@PathParam("tenantId") String tenantId, @QueryParam("resourceType") String resourceType,
            @QueryParam("resourceId") String resourceId, @QueryParam("accountId") String accountId,
            @QueryParam("region") String region, @QueryParam("arn") String arn, @QueryParam("domain") String domain);

    record Teams(List<Team> items) {
    }

    record Team(String teamId, String name) {
    }

    record Resolution(String domain, String side, boolean unowned, Owner responsible, Owner accountable) {
    }

    record Owner(String assignmentId, TeamRef team, String role, Scope scope, String why) {
    }

    record TeamRef(String teamId, String name, String contactEmail) {
    }

    record Scope(String kind, String value) {
    }
}
