package io.demarc.inventory.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.demarc.service.rest.HttpProblems;

/** Confirms SNS subscriptions by visiting their {@code SubscribeURL}, only when it is SNS's own. */
@ApplicationScoped
public class SnsSubscriptions {

    @Inject
    SnsCertificates certificates;

    @Inject
    WebhookConfig config;

    /**
     * @throws SnsVerificationException when the URL is not SNS's
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 502 when SNS cannot be reached or does not confirm
     */
    public void confirm(SnsMessage message) {
        String url = message.subscribeUrl();
        if (!certificates.urls().isSubscribeUrl(url)) {
            throw new SnsVerificationException("SubscribeURL is not an https://sns.<region>.amazonaws.com/ URL");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.sns().fetchTimeout()).GET()
                .build();
        try {
            HttpResponse<Void> response = certificates.client().send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw HttpProblems.badGateway("SNS did not confirm the subscription (HTTP " + response.statusCode()
                        + "); ask SNS to send the confirmation again.");
            }
        } catch (IOException e) {
            throw HttpProblems.badGateway("SNS could not be reached to confirm the subscription; ask SNS to send the"
                    + " confirmation again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw HttpProblems.unavailable("interrupted while confirming the subscription");
        }
    }
}
