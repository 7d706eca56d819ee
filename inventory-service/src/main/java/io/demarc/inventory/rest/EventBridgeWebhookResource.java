package io.demarc.inventory.rest;

import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.demarc.inventory.api.PushSummary;
import io.demarc.inventory.service.PushService;
import io.demarc.inventory.service.WebhookSecrets;
import io.demarc.inventory.webhook.WebhookConfig;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.tenancy.TenantScope;

/**
 * AWS Config events delivered by an EventBridge API destination. No token: the per-account secret in
 * {@value WebhookSecrets#HEADER} authenticates the sender, and only items of that account are accepted.
 */
@Path("/api/v1/webhooks/eventbridge/{tenantId}/{accountId}")
@Tag(name = "Webhooks")
@PermitAll
public class EventBridgeWebhookResource {

    @Inject
    WebhookSecrets secrets;

    @Inject
    PushService push;

    @Inject
    WebhookConfig config;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an AWS Config event from an EventBridge API destination", description = "The"
            + " connection sends the account's secret (POST .../accounts/{accountId}/webhook-secret) in header "
            + WebhookSecrets.HEADER + "; a missing or wrong secret is refused with 403, nothing stored.")
    public PushSummary receive(@PathParam("tenantId") String tenantId, @PathParam("accountId") String accountId,
            @HeaderParam(WebhookSecrets.HEADER) String secret, byte[] body) {
        if (body != null && body.length > config.maxBodyBytes()) {
            throw RequestProblems.tooLarge(config.maxBodyBytes());
        }
        if (body == null || body.length == 0) {
            throw HttpProblems.badRequest("The body is empty; expected an AWS Config event.");
        }
        // No token names the tenant here: the path does, and the secret proves the sender may write to it.
        return TenantScope.of(tenantId, () -> {
            if (!secrets.matches(tenantId, accountId, secret)) {
                throw HttpProblems.forbidden("The webhook secret is missing or wrong for this tenant and account.");
            }
            return push.accept(tenantId, PushService.Source.EVENTBRIDGE, new String(body, StandardCharsets.UTF_8),
                    accountId::equals);
        });
    }
}
