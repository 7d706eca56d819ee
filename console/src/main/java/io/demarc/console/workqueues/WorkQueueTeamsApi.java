package io.demarc.console.workqueues;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ownership-service's teams: which Keycloak group makes up each, to find the signed-in user's own queue. */
@RegisterRestClient(configKey = "ownership")
@Path("/api/v1/tenants/{tenantId}/teams")
public interface WorkQueueTeamsApi {

    @GET
    Teams teams(@PathParam("tenantId") String tenantId, @QueryParam("limit") Integer limit);

    record Teams(List<Team> items) {
    }

    record Team(String teamId, String name, String keycloakGroup) {
    }
}
