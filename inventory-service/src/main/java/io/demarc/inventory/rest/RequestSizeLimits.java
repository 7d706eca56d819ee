package io.demarc.inventory.rest;

import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.demarc.inventory.config.LimitsConfig;
import io.demarc.inventory.webhook.WebhookConfig;

/**
 * Per-endpoint body limits, refused with 413 problem+json from the declared length before the body is read: webhooks
 * take at most an SNS message, the JSON management endpoints a few kilobytes. Imports keep the server-wide limit.
 * A body sent without a length is bounded by the server-wide limit, and webhooks check the length they read too.
 */
public class RequestSizeLimits {

    private static final Pattern IMPORTS = Pattern.compile("^/api/v1/tenants/[^/]+/imports(/.*)?$");

    @Inject
    WebhookConfig webhooks;

    @Inject
    LimitsConfig limits;

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return;
        }
        long length;
        try {
            length = Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return;
        }
        String path = request.getUriInfo().getPath();
        int limit;
        if (path.startsWith("/api/v1/webhooks/")) {
            limit = webhooks.maxBodyBytes();
        } else if (path.startsWith("/api/v1/tenants") && !IMPORTS.matcher(path).matches()) {
            limit = limits.maxJsonBodyBytes();
        } else {
            return;
        }
        if (length > limit) {
            throw RequestProblems.tooLarge(limit);
        }
    }
}
