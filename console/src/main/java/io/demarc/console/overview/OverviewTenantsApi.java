package io.demarc.console.overview;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** inventory-service's tenants (platform-admin): their display names, and registering a new one. */
@RegisterRestClient(configKey = "inventory")
@Path("/api/v1/tenants")
public interface OverviewTenantsApi {

    @GET
    TenantPage tenants(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Tenant register(NewTenant tenant);

    record TenantPage(List<Tenant> items, int page, int size, long total, long totalPages) {
    }

    /** @param status ACTIVE or SUSPENDED */
    record Tenant(String id, String name, String status) {
    }

    /** @param id the alias of the tenant's Keycloak Organization; permanent */
    record NewTenant(String id, String name) {
    }
}
