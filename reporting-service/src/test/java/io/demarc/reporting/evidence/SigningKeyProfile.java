package io.demarc.reporting.evidence;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Runs the service with an Ed25519 signing key made for this test run, so packages come out signed. */
public class SigningKeyProfile implements QuarkusTestProfile {

    static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("demarc.evidence.signing-key", pem("PRIVATE KEY", KEYS.getPrivate().getEncoded()),
                "demarc.evidence.signing-public-key", pem("PUBLIC KEY", KEYS.getPublic().getEncoded()));
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
