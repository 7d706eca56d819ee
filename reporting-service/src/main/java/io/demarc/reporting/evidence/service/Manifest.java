package io.demarc.reporting.evidence.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code manifest.json}: what the package is about and every other file in it with its SHA-256 and size. The
 * signature (when there is one) covers the manifest's exact bytes, and through the hashes every file.
 *
 * @param formatVersion of this manifest layout; {@code demarc evidence verify} refuses versions it does not know
 * @param signature null when the package is not signed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
        int formatVersion,
        String packageId,
        String tenantId,
        FrameworkRef framework,
        Period period,
        Instant generatedAt,
        String catalogVersion,
        Generator generator,
        Signature signature,
        List<FileEntry> files) {

    public static final int FORMAT_VERSION = 1;
    public static final String FILE_NAME = "manifest.json";
    public static final String SIGNATURE_FILE = "manifest.sig";
    public static final String PUBLIC_KEY_FILE = "signing-key.pub.pem";

    public record FrameworkRef(String key, String title, String version) {
    }

    /** Inclusive UTC days. */
    public record Period(LocalDate from, LocalDate to) {
    }

    public record Generator(String name, String version) {
    }

    /**
     * @param algorithm {@code Ed25519} or {@code SHA256withRSA} (JCA names)
     * @param publicKeySha256 SHA-256 of the public key's X.509 DER encoding, to compare with the key an auditor holds
     * @param publicKeyFile the public key inside the package, when it was included
     */
    public record Signature(String algorithm, String publicKeySha256, String file, String publicKeyFile) {
    }

    /** @param path the entry's name in the ZIP */
    public record FileEntry(String path, String sha256, long size) {
    }
}
