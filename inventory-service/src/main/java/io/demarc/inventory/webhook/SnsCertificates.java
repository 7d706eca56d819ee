package io.demarc.inventory.webhook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * SNS signing certificates, fetched from the message's {@code SigningCertURL} once {@link SnsUrls} trusts it, and
 * cached by URL: SNS signs every message of a region with the same certificate for months.
 */
@ApplicationScoped
public class SnsCertificates {

    /** A certificate larger than this is not SNS's. */
    private static final int MAX_PEM_BYTES = 16 * 1024;

    @Inject
    WebhookConfig config;

    private final Map<String, X509Certificate> cache = new ConcurrentHashMap<>();
    private volatile HttpClient http;

    /**
     * @throws SnsVerificationException when the URL is not trusted, the certificate cannot be fetched or read, or is
     *         not valid now
     */
    public X509Certificate get(String url) {
        if (!urls().isSigningCertificate(url)) {
            throw new SnsVerificationException(
                    "SigningCertURL is not an https://sns.<region>.amazonaws.com/...pem URL");
        }
        X509Certificate certificate = cache.get(url);
        if (certificate == null) {
            certificate = fetch(url);
            if (cache.size() >= config.sns().certificateCacheSize()) {
                cache.clear();
            }
            cache.put(url, certificate);
        }
        try {
            certificate.checkValidity();
        } catch (GeneralSecurityException e) {
            cache.remove(url);
            throw new SnsVerificationException("the signing certificate is expired or not yet valid");
        }
        return certificate;
    }

    SnsUrls urls() {
        return new SnsUrls(config.sns().testTrustedUrlPrefix());
    }

    private X509Certificate fetch(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(config.sns().fetchTimeout()).GET()
                .build();
        try {
            HttpResponse<byte[]> response = client().send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 || response.body().length > MAX_PEM_BYTES) {
                throw new SnsVerificationException("the signing certificate could not be fetched (HTTP "
                        + response.statusCode() + ")");
            }
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(response.body()));
        } catch (IOException | GeneralSecurityException e) {
            throw new SnsVerificationException("the signing certificate could not be fetched or read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnsVerificationException("interrupted while fetching the signing certificate");
        }
    }

    /** Redirects are not followed: they could lead away from SNS's host. */
    HttpClient client() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.sns().fetchTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }
}
