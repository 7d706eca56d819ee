package io.demarc.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.demarc.inventory.webhook.SnsMessage;

/**
 * Signs SNS messages as SNS does, with a key pair of the test's own: keytool makes a self-signed certificate once per
 * run, the test serves it from the WireMock server, and the test-only trust override
 * ({@code demarc.inventory.webhooks.sns.test-trusted-url-prefix}) lets the service fetch it from there.
 */
final class SnsTestSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "test-only-keystore";

    final PrivateKey key;
    final String certificatePem;

    private SnsTestSigner(PrivateKey key, String certificatePem) {
        this.key = key;
        this.certificatePem = certificatePem;
    }

    static SnsTestSigner create() {
        try {
            Path dir = Files.createTempDirectory("sns-signer");
            Path store = dir.resolve("signer.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "sns", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                    "-dname", "CN=sns.test.invalid", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
            byte[] output = keytool.getInputStream().readAllBytes();
            if (keytool.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + new String(output, StandardCharsets.UTF_8));
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, PASSWORD.toCharArray());
            }
            Certificate certificate = keyStore.getCertificate("sns");
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            return new SnsTestSigner((PrivateKey) keyStore.getKey("sns", PASSWORD.toCharArray()), pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A signed Notification carrying {@code message}. */
    ObjectNode notification(String topicArn, String message, String version, String certUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", SnsMessage.NOTIFICATION);
        fields.put("MessageId", UUID.randomUUID().toString());
        fields.put("TopicArn", topicArn);
        fields.put("Subject", "[AWS Config:us-east-1] AWS::EC2::SecurityGroup changed");
        fields.put("Message", message);
        fields.put("Timestamp", "2026-01-02T03:04:05.678Z");
        return signed(fields, version, certUrl);
    }

    /** A signed SubscriptionConfirmation asking to visit {@code subscribeUrl}. */
    ObjectNode subscriptionConfirmation(String topicArn, String subscribeUrl, String certUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Type", SnsMessage.SUBSCRIPTION_CONFIRMATION);
        fields.put("MessageId", UUID.randomUUID().toString());
        fields.put("Token", "2336412f37fb687f5d51e6e2425dacbba5f1c2d6c0d1");
        fields.put("TopicArn", topicArn);
        fields.put("Message", "You have chosen to subscribe to the topic " + topicArn + ".");
        fields.put("SubscribeURL", subscribeUrl);
        fields.put("Timestamp", "2026-01-02T03:04:05.678Z");
        return signed(fields, "1", certUrl);
    }

    private ObjectNode signed(Map<String, String> fields, String version, String certUrl) {
        fields.put("SignatureVersion", version);
        fields.put("Signature", "");
        fields.put("SigningCertURL", certUrl);
        ObjectNode json = JSON.createObjectNode();
        fields.forEach(json::put);
        String canonical = SnsMessage.of(json).canonicalText();
        try {
            Signature signer = Signature.getInstance("1".equals(version) ? "SHA1withRSA" : "SHA256withRSA");
            signer.initSign(key);
            signer.update(canonical.getBytes(StandardCharsets.UTF_8));
            json.put("Signature", Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return json;
    }
}
