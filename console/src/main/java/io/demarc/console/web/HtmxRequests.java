package io.demarc.console.web;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.JavaScriptRequestChecker;
import io.vertx.ext.web.RoutingContext;

/**
 * An htmx request (header {@code HX-Request: true}) whose session has expired must not be redirected to Keycloak: the
 * browser would follow the redirect inside the XHR, cross-origin, and the swap would fail silently. With
 * {@code quarkus.oidc.authentication.java-script-auto-redirect=false} such a request is answered 499 instead, and
 * static/console.js reloads the page, whose ordinary navigation signs the user in again and comes back to it.
 */
@ApplicationScoped
public class HtmxRequests implements JavaScriptRequestChecker {

    @Override
    public boolean isJavaScriptRequest(RoutingContext context) {
        return "true".equalsIgnoreCase(context.request().getHeader("HX-Request"))
                || "JavaScript".equals(context.request().getHeader("X-Requested-With"));
    }
}
