package io.demarc.cli.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks a Demarc evidence package: every file the manifest lists is present with its SHA-256 and size, nothing else
 * is in the ZIP, and the manifest's signature holds when the package is signed or a public key is given.
 */
public final class PackageVerifier {

    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String PACKAGED_KEY = "signing-key.pub.pem";
    private static final Set<String> UNLISTED = Set.of(MANIFEST, SIGNATURE, PACKAGED_KEY);
    private static final int FORMAT_VERSION = 1;

    private PackageVerifier() {
    }

    /**
     * Verifies authenticity and integrity: passes only for a package signed by the given key whose files all match
     * its manifest. Fails closed: an unsigned package, or a signed one checked without a trusted key, does not pass.
     *
     * @param publicKeyPem the key the signature must verify with (X.509 PEM); null fails unless
     *        {@code integrityOnly}
     * @param integrityOnly check only that the files match the manifest (and, when signed, that the manifest matches
     *        the key inside the package): proves the package was not damaged, not who made it
     */
    public static VerificationReport verify(Path zipFile, String publicKeyPem, boolean integrityOnly) {
        VerificationReport report = new VerificationReport();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Map<String, ZipEntry> entries = entries(zip, report);
            ZipEntry manifestEntry = entries.get(MANIFEST);
            if (manifestEntry == null) {
                report.problem(MANIFEST + " is missing: this is not a Demarc evidence package");
                return report;
            }
            byte[] manifestBytes = read(zip, manifestEntry);
            JsonNode manifest = new ObjectMapper().readTree(manifestBytes);
            if (manifest.path("formatVersion").asInt() != FORMAT_VERSION) {
                report.problem(MANIFEST + " has formatVersion " + manifest.path("formatVersion")
                        + "; this verifier knows version " + FORMAT_VERSION);
                return report;
            }
            checkFiles(zip, entries, manifest, report);
            checkSignature(zip, entries, manifest, manifestBytes, publicKeyPem, integrityOnly, report);
        } catch (ZipException e) {
            report.problem(zipFile + " is not a readable ZIP file (" + e.getMessage() + ")");
        } catch (IOException e) {
            report.problem("could not read " + zipFile + ": " + e.getMessage());
        }
        return report;
    }

    private static Map<String, ZipEntry> entries(ZipFile zip, VerificationReport report) {
        Map<String, ZipEntry> entries = new HashMap<>();
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
            ZipEntry entry = all.nextElement();
            if (entries.putIfAbsent(entry.getName(), entry) != null) {
                report.problem("DUPLICATE " + entry.getName() + ": the ZIP holds two entries of that name");
            }
        }
        return entries;
    }

    private static void checkFiles(ZipFile zip, Map<String, ZipEntry> entries, JsonNode manifest,
            VerificationReport report) throws IOException {
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            listed.add(path);
            ZipEntry entry = entries.get(path);
            if (entry == null) {
                report.problem("MISSING " + path + ": listed in the manifest, absent from the ZIP");
                continue;
            }
            byte[] content = read(zip, entry);
            String actual = sha256(content);
            String expected = file.path("sha256").asText();
            if (!actual.equalsIgnoreCase(expected)) {
                report.problem("CHANGED " + path + ": SHA-256 is " + actual + ", the manifest says " + expected);
            } else if (content.length != file.path("size").asLong()) {
                report.problem("CHANGED " + path + ": " + content.length + " bytes, the manifest says "
                        + file.path("size").asLong());
            } else {
                report.ok(path);
            }
        }
        entries.keySet().stream().filter(name -> !listed.contains(name) && !UNLISTED.contains(name)).sorted()
                .forEach(name -> report.problem("EXTRA " + name + ": in the ZIP but not in the manifest"));
    }

    private static void checkSignature(ZipFile zip, Map<String, ZipEntry> entries, JsonNode manifest,
            byte[] manifestBytes, String givenKeyPem, boolean integrityOnly, VerificationReport report)
            throws IOException {
        boolean declared = manifest.hasNonNull("signature");
        ZipEntry signatureEntry = entries.get(SIGNATURE);
        if (!declared && signatureEntry == null) {
            if (givenKeyPem != null) {
                report.problem("SIGNATURE missing: a public key was given but the package is not signed");
            } else if (integrityOnly) {
                report.note("the package is not signed: the hashes prove it is intact, not who made it");
            } else {
                report.problem("NOT SIGNED: anyone can rewrite an unsigned package's files and manifest together;"
                        + " ask for a signed package and its public key (or pass --integrity-only to check only"
                        + " that the files match the manifest)");
            }
            return;
        }
        if (signatureEntry == null) {
            report.problem("SIGNATURE missing: the manifest says the package is signed but " + SIGNATURE
                    + " is absent");
            return;
        }
        String keyPem = givenKeyPem;
        if (keyPem == null && !integrityOnly) {
            report.problem("SIGNATURE not trusted: no --public-key given, and the key inside the package proves"
                    + " nothing about who signed it; pass --public-key with the key you were given (or"
                    + " --integrity-only to check only that the package is intact)");
            return;
        }
        if (keyPem == null) {
            ZipEntry packaged = entries.get(PACKAGED_KEY);
            if (packaged == null) {
                report.problem("SIGNATURE cannot be checked: no " + PACKAGED_KEY + " in the package; pass "
                        + "--public-key");
                return;
            }
            keyPem = new String(read(zip, packaged), StandardCharsets.US_ASCII);
            report.note("signature checked with the key inside the package: this proves the package is intact,"
                    + " not who made it; pass --public-key with the key you were given to prove that");
        }
        PublicKey key;
        try {
            key = publicKey(keyPem);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            report.problem("the public key is not an X.509 PEM Ed25519 or RSA key");
            return;
        }
        String fingerprint = sha256(key.getEncoded());
        String named = manifest.path("signature").path("publicKeySha256").asText(null);
        if (named != null && !named.equalsIgnoreCase(fingerprint)) {
            report.problem(
                    "SIGNATURE key mismatch: the manifest names key " + named + ", checking with " + fingerprint);
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(new String(read(zip, signatureEntry), StandardCharsets.US_ASCII)
                    .trim());
        } catch (IllegalArgumentException e) {
            report.problem("SIGNATURE " + SIGNATURE + " is not base64");
            return;
        }
        if (verifies(key, manifestBytes, signature)) {
            report.signedBy(algorithm(key) + " key " + fingerprint);
        } else {
            report.problem("SIGNATURE does not match " + MANIFEST + " with key " + fingerprint);
        }
    }

    private static boolean verifies(PublicKey key, byte[] content, byte[] signatureBytes) {
        try {
            Signature signature = Signature.getInstance(algorithm(key));
            signature.initVerify(key);
            signature.update(content);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String algorithm(PublicKey key) {
        return key.getAlgorithm().equals("RSA") ? "SHA256withRSA" : "Ed25519";
    }

    static PublicKey publicKey(String pem) throws GeneralSecurityException {
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").trim());
        List<GeneralSecurityException> failures = new ArrayList<>();
        for (String algorithm : new String[]{"Ed25519", "RSA"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException e) {
                failures.add(e);
            }
        }
        throw failures.get(failures.size() - 1);
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
