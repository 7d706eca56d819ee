package io.demarc.inventory.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Verifies that an SNS message was signed by SNS: SignatureVersion 1 is SHA1withRSA, 2 is SHA256withRSA, both over
 * {@link SnsMessage#canonicalText()} with the key of the certificate at {@code SigningCertURL}.
 */
@ApplicationScoped
public class SnsSignatures {

    @Inject
    SnsCertificates certificates;

    /** @throws SnsVerificationException when the signature does not verify, for whatever reason */
    public void verify(SnsMessage message) {
        String algorithm = switch (message.signatureVersion()) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw new SnsVerificationException("SignatureVersion must be 1 or 2");
        };
        byte[] signature;
        String canonical;
        try {
            signature = Base64.getDecoder().decode(message.signature());
            canonical = message.canonicalText();
        } catch (IllegalArgumentException e) {
            throw new SnsVerificationException("the signature is not base64 or the message type is unknown");
        }
        X509Certificate certificate = certificates.get(message.signingCertUrl());
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(canonical.getBytes(StandardCharsets.UTF_8));
            if (!verifier.verify(signature)) {
                throw new SnsVerificationException("the signature does not match the message");
            }
        } catch (GeneralSecurityException e) {
            throw new SnsVerificationException("the signature could not be checked: " + e.getClass().getSimpleName());
        }
    }
}
