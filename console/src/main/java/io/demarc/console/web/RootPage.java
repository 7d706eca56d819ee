package io.demarc.console.web;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/**
 * Where a user lands after sign-in: the MSP overview for a platform-admin, the tenant home for a member of one
 * tenant, a choice for a member of several, and an explanation for a member of none.
 */
@Path("/")
@Authenticated
public class RootPage {

    @Inject
    CurrentUser user;

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance tenants(List<String> tenants);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response start() {
        if (user.isPlatformAdmin()) {
            return Response.seeOther(URI.create("/overview")).build();
        }
        List<String> tenants = user.tenants();
        if (tenants.size() == 1) {
            return Response.seeOther(URI.create("/tenants/" + tenants.get(0))).build();
        }
        return Response.ok(Templates.tenants(tenants)).build();
    }
}
