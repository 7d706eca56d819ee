package io.demarc.inventory.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

@Path("/api/v1/tenants/{tenantId}/ping")
public class PingResource {
    @GET
    @RolesAllowed({"tenant-admin", "platform-admin"})
    public String ping(@PathParam("tenantId") String tenantId) {
        return tenantId;
    }
}
