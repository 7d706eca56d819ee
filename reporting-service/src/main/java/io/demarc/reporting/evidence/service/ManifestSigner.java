package io.demarc.reporting.evidence.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signs manifest.json with the configured key: Ed25519, or RSA with SHA-256. Built once at startup so a bad key fails
 * the start with a message that names the setting, never the key.
 */
public final class ManifestSigner {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String algorithm;

    private ManifestSigner(PrivateKey privateKey, PublicKey publicKey, String algorithm) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.algorithm = algorithm;
    }

    /**
     * @param privatePem PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
     * @param publicPem X.509 PEM ({@code -----BEGIN PUBLIC KEY-----}); may be empty for RSA, whose public key is
     *        derived
     * @throws IllegalArgumentException naming what is wrong, without any key material
     */
    public static ManifestSigner of(String privatePem, Optional<String> publicPem) {
        PrivateKey privateKey = privateKey(der(privatePem, "demarc.evidence.signing-key"));
        String algorithm = privateKey.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
        PublicKey publicKey = publicPem.filter(pem -> !pem.isBlank())
                .map(pem -> publicKey(privateKey.getAlgorithm(), der(pem, "demarc.evidence.signing-public-key")))
                .orElseGet(() -> derivedPublicKey(privateKey));
        ManifestSigner signer = new ManifestSigner(privateKey, publicKey, algorithm);
        byte[] probe = "demarc".getBytes(StandardCharsets.UTF_8);
        if (!verify(algorithm, publicKey, probe, signer.sign(probe))) {
            throw new IllegalArgumentException(
                    "demarc.evidence.signing-public-key is not the public half of demarc.evidence.signing-key");
        }
        return signer;
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initSign(privateKey);
            signature.update(content);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing the manifest failed", e);
        }
    }

    public String algorithm() {
        return algorithm;
    }

    public String publicKeyPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded());
        return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
    }

    /** SHA-256 of the public key's DER encoding, in hex: what an auditor compares with the key they were given. */
    public String publicKeySha256() {
        return HexFormat.of().formatHex(PackageZip.sha256().digest(publicKey.getEncoded()));
    }

    static boolean verify(String algorithm, PublicKey key, byte[] content, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(algorithm);
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] der(String pem, String setting) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(body);
            if (der.length == 0) {
                throw new IllegalArgumentException(setting + " is empty");
            }
            return der;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not a PEM key (base64 between BEGIN and END lines)");
        }
    }

    private static PrivateKey privateKey(byte[] der) {
        for (String keyAlgorithm : new String[]{"Ed25519", "RSA"}) {
            try {
                return KeyFactory.getInstance(keyAlgorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                // Not this algorithm: try the next one.
            }
        }
        throw new IllegalArgumentException("demarc.evidence.signing-key is neither an Ed25519 nor an RSA PKCS#8 key");
    }

    private static PublicKey publicKey(String keyAlgorithm, byte[] der) {
        try {
            return KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(
                    "demarc.evidence.signing-public-key is not an X.509 " + keyAlgorithm + " public key");
        }
    }

    private static PublicKey derivedPublicKey(PrivateKey privateKey) {
        if (privateKey instanceof RSAPrivateCrtKey rsa) {
            try {
                return KeyFactory.getInstance("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(
                "demarc.evidence.signing-public-key must be set with an Ed25519 signing key (Java cannot derive it)");
    }
}
