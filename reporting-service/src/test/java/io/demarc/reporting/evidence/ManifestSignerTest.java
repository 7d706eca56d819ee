package io.demarc.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.demarc.reporting.evidence.service.ManifestSigner;

/** The signing key as configured: both algorithms, the derived RSA public key, and errors that never show the key. */
class ManifestSignerTest {

    private static final byte[] MANIFEST = "{\"files\":[]}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsWithRsaAndDerivesThePublicKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        ManifestSigner signer = ManifestSigner.of(SigningKeyProfile.pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                Optional.empty());
        assertThat(signer.algorithm()).isEqualTo("SHA256withRSA");
        assertThat(signer.publicKeyPem()).isEqualTo(SigningKeyProfile.pem("PUBLIC KEY",
                keys.getPublic().getEncoded()));
        assertThat(verify("SHA256withRSA", keys, signer.sign(MANIFEST))).isTrue();
    }

    @Test
    void signsWithEd25519GivenBothHalves() throws Exception {
        KeyPair keys = SigningKeyProfile.KEYS;
        ManifestSigner signer = ManifestSigner.of(SigningKeyProfile.pem("PRIVATE KEY", keys.getPrivate().getEncoded()),
                Optional.of(SigningKeyProfile.pem("PUBLIC KEY", keys.getPublic().getEncoded())));
        assertThat(signer.algorithm()).isEqualTo("Ed25519");
        assertThat(verify("Ed25519", keys, signer.sign(MANIFEST))).isTrue();
    }

    @Test
    void refusesMisconfiguredKeysWithoutPrintingThem() throws Exception {
        String privatePem = SigningKeyProfile.pem("PRIVATE KEY", SigningKeyProfile.KEYS.getPrivate().getEncoded());
        assertThatThrownBy(() -> ManifestSigner.of(privatePem, Optional.empty()))
                .hasMessageContaining("signing-public-key must be set with an Ed25519 signing key");
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThatThrownBy(() -> ManifestSigner.of(privatePem,
                Optional.of(SigningKeyProfile.pem("PUBLIC KEY", other.getPublic().getEncoded()))))
                .hasMessageContaining("is not the public half");
        assertThatThrownBy(() -> ManifestSigner.of("-----BEGIN PRIVATE KEY-----\nc2VjcmV0\n-----END PRIVATE KEY-----",
                Optional.empty())).hasMessageContaining("neither an Ed25519 nor an RSA")
                .hasMessageNotContaining("c2VjcmV0");
        assertThatThrownBy(() -> ManifestSigner.of("not pem at all!", Optional.empty()))
                .hasMessageContaining("is not a PEM key").hasMessageNotContaining("not pem at all");
    }

    private static boolean verify(String algorithm, KeyPair keys, byte[] signature) throws Exception {
        Signature verifier = Signature.getInstance(algorithm);
        verifier.initVerify(keys.getPublic());
        verifier.update(MANIFEST);
        return verifier.verify(signature);
    }
}
