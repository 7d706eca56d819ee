package io.demarc.inventory.rest;

import java.io.IOException;
import java.util.Set;

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
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.demarc.inventory.api.PushSummary;
import io.demarc.inventory.service.PushService;
import io.demarc.inventory.webhook.SnsMessage;
import io.demarc.inventory.webhook.SnsSignatures;
import io.demarc.inventory.webhook.SnsSubscriptions;
import io.demarc.inventory.webhook.SnsVerificationException;
import io.demarc.inventory.webhook.WebhookConfig;
import io.demarc.service.rest.HttpProblems;
import io.demarc.service.tenancy.TenantScope;

/**
 * AWS Config notifications delivered by an SNS HTTPS subscription. No token: SNS cannot send one. The message's SNS
 * signature authenticates it instead, and the topic must belong to an AWS account registered in the path's tenant.
 */
@Path("/api/v1/webhooks/sns/{tenantId}")
@Tag(name = "Webhooks")
@PermitAll
public class SnsWebhookResource {

    private static final Logger LOG = Logger.getLogger(SnsWebhookResource.class);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Inject
    SnsSignatures signatures;

    @Inject
    SnsSubscriptions subscriptions;

    @Inject
    PushService push;

    @Inject
    WebhookConfig config;

    /** SNS posts {@code text/plain}, whatever the message holds: every content type is taken as bytes. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive an SNS message (subscription confirmation or AWS Config notification)", description = "Subscribe this URL to the AWS Config delivery topic over HTTPS. Every message must carry a"
            + " valid SNS signature (SignatureVersion 1 or 2) or is refused with 403, nothing stored; the topic"
            + " and every item must belong to AWS accounts registered in the tenant.")
    public PushSummary receive(@PathParam("tenantId") String tenantId,
            @HeaderParam("x-amz-sns-message-type") String typeHeader, byte[] body) {
        if (body != null && body.length > config.maxBodyBytes()) {
            throw RequestProblems.tooLarge(config.maxBodyBytes());
        }
        SnsMessage message = read(body);
        if (typeHeader != null && !typeHeader.equals(message.type())) {
            throw HttpProblems.badRequest("The x-amz-sns-message-type header and the message's Type differ.");
        }
        try {
            signatures.verify(message);
        } catch (SnsVerificationException e) {
            LOG.warnf("SNS message to tenant %s refused: %s", abbreviate(tenantId), e.getMessage());
            throw HttpProblems.forbidden("The SNS signature could not be verified: " + e.getMessage() + ".");
        }
        // No token names the tenant here: the path does, and the signed topic's account must be registered in it.
        return TenantScope.of(tenantId, () -> deliver(tenantId, message));
    }

    private PushSummary deliver(String tenantId, SnsMessage message) {
        Set<String> accounts = push.registeredAccounts(tenantId);
        if (!accounts.contains(message.topicAccount())) {
            throw HttpProblems.forbidden("The topic's AWS account is not registered in this tenant; register it"
                    + " first.");
        }
        return switch (message.type()) {
            case SnsMessage.SUBSCRIPTION_CONFIRMATION -> {
                confirm(message);
                LOG.infof("Tenant %s: SNS subscription to %s confirmed.", tenantId, message.topicArn());
                yield PushSummary.ignored(null);
            }
            case SnsMessage.NOTIFICATION -> push.accept(tenantId, PushService.Source.SNS, message.message(),
                    accounts::contains);
            default -> PushSummary.ignored(null);
        };
    }

    private void confirm(SnsMessage message) {
        try {
            subscriptions.confirm(message);
        } catch (SnsVerificationException e) {
            throw HttpProblems.forbidden("The subscription was not confirmed: " + e.getMessage() + ".");
        }
    }

    private static SnsMessage read(byte[] body) {
        try {
            return SnsMessage.of(body == null || body.length == 0 ? null : JSON.readTree(body));
        } catch (IOException | IllegalArgumentException e) {
            throw HttpProblems.badRequest("Not an SNS message: " + (e instanceof IllegalArgumentException
                    ? e.getMessage()
                    : "the body is not valid JSON") + ".");
        }
    }

    private static String abbreviate(String value) {
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > 64 ? safe.substring(0, 64) + "…" : safe;
    }
}
