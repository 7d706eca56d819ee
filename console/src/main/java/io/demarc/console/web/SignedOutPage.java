package io.demarc.console.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Shown after sign-out, once Keycloak ended its session too; open to everyone. */
@Path("/signed-out")
public class SignedOutPage {

    @CheckedTemplate(basePath = "web")
    static class Templates {
        static native TemplateInstance signedOut();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return Templates.signedOut();
    }
}
